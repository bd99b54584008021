-- Jongerenpodium: campaigns of teams of young people, their members (first name and age band
-- only; a birth month only under 16, to know when they turn 16), consent records per member
-- (by a parent under 16, else by the young person), and the shared timeline with the coach
-- (milestones, tasks, the team thread, the coach log). The contact person's e-mail/phone and
-- every message are sealed. Times are UTC seconds; flags are 0/1.
CREATE TABLE youth_campaigns (
    id               BIGSERIAL PRIMARY KEY,
    name             TEXT    NOT NULL,
    idea             TEXT    NOT NULL,
    audience         TEXT    NOT NULL,
    form             TEXT    NOT NULL,
    milestone        TEXT    NOT NULL DEFAULT 'idea',
    published        BIGINT  NOT NULL DEFAULT 0,
    published_at     BIGINT,
    coach_id         BIGINT  REFERENCES users (id),
    contact_sealed   TEXT,
    team_token_hash  TEXT    NOT NULL UNIQUE,
    ended_at         BIGINT,
    data_deleted_at  BIGINT,
    created_at       BIGINT  NOT NULL,
    updated_at       BIGINT  NOT NULL
);
CREATE INDEX youth_campaigns_coach ON youth_campaigns (coach_id);
CREATE TABLE youth_members (
    id                   BIGSERIAL PRIMARY KEY,
    campaign_id          BIGINT  NOT NULL REFERENCES youth_campaigns (id) ON DELETE CASCADE,
    position             BIGINT  NOT NULL,
    first_name           TEXT    NOT NULL,
    age_band             TEXT    NOT NULL,
    born_month           TEXT,
    consent_token_hash   TEXT    NOT NULL UNIQUE,
    consent_token_sealed TEXT    NOT NULL,
    own_consent_asked_at BIGINT,
    created_at           BIGINT  NOT NULL
);
CREATE INDEX youth_members_campaign ON youth_members (campaign_id);
CREATE TABLE youth_consents (
    id             BIGSERIAL PRIMARY KEY,
    member_id      BIGINT  NOT NULL REFERENCES youth_members (id) ON DELETE CASCADE,
    given_by       TEXT    NOT NULL CHECK (given_by IN ('parent', 'self')),
    text_version   TEXT    NOT NULL,
    channel        TEXT    NOT NULL,
    take_part      BIGINT  NOT NULL,
    publish_work   BIGINT  NOT NULL,
    publish_photos BIGINT  NOT NULL,
    given_at       BIGINT  NOT NULL,
    withdrawn_at   BIGINT
);
CREATE INDEX youth_consents_member ON youth_consents (member_id);
CREATE TABLE youth_timeline (
    id          BIGSERIAL PRIMARY KEY,
    campaign_id BIGINT  NOT NULL REFERENCES youth_campaigns (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CHECK (kind IN ('milestone', 'task', 'message', 'log')),
    milestone   TEXT    NOT NULL DEFAULT '',
    body_sealed TEXT,
    done        BIGINT  NOT NULL DEFAULT 0,
    by_user     BIGINT  REFERENCES users (id),
    created_at  BIGINT  NOT NULL
);
CREATE INDEX youth_timeline_campaign ON youth_timeline (campaign_id);
