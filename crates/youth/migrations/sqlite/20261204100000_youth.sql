-- Jongerenpodium: campaigns of teams of young people, their members (first name and age band
-- only; a birth month only under 16, to know when they turn 16), consent records per member
-- (by a parent under 16, else by the young person), and the shared timeline with the coach
-- (milestones, tasks, the team thread, the coach log). The contact person's e-mail/phone and
-- every message are sealed. Times are UTC seconds; flags are INTEGER 0/1.
CREATE TABLE youth_campaigns (
    id               INTEGER PRIMARY KEY,
    name             TEXT    NOT NULL,
    idea             TEXT    NOT NULL,
    audience         TEXT    NOT NULL,
    form             TEXT    NOT NULL,
    milestone        TEXT    NOT NULL DEFAULT 'idea',
    published        INTEGER NOT NULL DEFAULT 0,
    published_at     INTEGER,
    coach_id         INTEGER REFERENCES users (id),
    contact_sealed   TEXT,
    team_token_hash  TEXT    NOT NULL UNIQUE,
    ended_at         INTEGER,
    data_deleted_at  INTEGER,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX youth_campaigns_coach ON youth_campaigns (coach_id);
CREATE TABLE youth_members (
    id                   INTEGER PRIMARY KEY,
    campaign_id          INTEGER NOT NULL REFERENCES youth_campaigns (id) ON DELETE CASCADE,
    position             INTEGER NOT NULL,
    first_name           TEXT    NOT NULL,
    age_band             TEXT    NOT NULL,
    born_month           TEXT,
    consent_token_hash   TEXT    NOT NULL UNIQUE,
    consent_token_sealed TEXT    NOT NULL,
    own_consent_asked_at INTEGER,
    created_at           INTEGER NOT NULL
);
CREATE INDEX youth_members_campaign ON youth_members (campaign_id);
CREATE TABLE youth_consents (
    id             INTEGER PRIMARY KEY,
    member_id      INTEGER NOT NULL REFERENCES youth_members (id) ON DELETE CASCADE,
    given_by       TEXT    NOT NULL CHECK (given_by IN ('parent', 'self')),
    text_version   TEXT    NOT NULL,
    channel        TEXT    NOT NULL,
    take_part      INTEGER NOT NULL,
    publish_work   INTEGER NOT NULL,
    publish_photos INTEGER NOT NULL,
    given_at       INTEGER NOT NULL,
    withdrawn_at   INTEGER
);
CREATE INDEX youth_consents_member ON youth_consents (member_id);
CREATE TABLE youth_timeline (
    id          INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES youth_campaigns (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CHECK (kind IN ('milestone', 'task', 'message', 'log')),
    milestone   TEXT    NOT NULL DEFAULT '',
    body_sealed TEXT,
    done        INTEGER NOT NULL DEFAULT 0,
    by_user     INTEGER REFERENCES users (id),
    created_at  INTEGER NOT NULL
);
CREATE INDEX youth_timeline_campaign ON youth_timeline (campaign_id);
