-- Activities and meeting places: venues, activities (texts per language, pillars), registrations
-- with a waiting list, anonymous feedback. Times are UTC seconds; flags are BIGINT 0/1.
CREATE TABLE venues (
    id                 BIGSERIAL PRIMARY KEY,
    name               TEXT    NOT NULL UNIQUE,
    address            TEXT    NOT NULL,
    area_id            BIGINT  REFERENCES areas (id),
    opening_hours      TEXT    NOT NULL DEFAULT '',
    route              TEXT    NOT NULL DEFAULT '',
    step_free          BIGINT  NOT NULL DEFAULT 0,
    accessible_toilet  BIGINT  NOT NULL DEFAULT 0,
    hearing_loop       BIGINT  NOT NULL DEFAULT 0,
    parking            BIGINT  NOT NULL DEFAULT 0,
    created_at         BIGINT  NOT NULL,
    updated_at         BIGINT  NOT NULL
);
CREATE TABLE activities (
    id                     BIGSERIAL PRIMARY KEY,
    kind                   TEXT    NOT NULL CHECK (kind IN ('cultural_festival', 'film_conversation', 'workshop', 'expert_talk', 'childrens_council', 'training_session', 'other')),
    approach_id            BIGINT  REFERENCES approaches (id),
    venue_id               BIGINT  REFERENCES venues (id),
    online_url             TEXT,
    starts_at              BIGINT  NOT NULL,
    ends_at                BIGINT  NOT NULL,
    series_id              TEXT,
    organisation_id        BIGINT  REFERENCES organisations (id),
    contact_name           TEXT    NOT NULL DEFAULT '',
    languages              TEXT    NOT NULL DEFAULT 'nl',
    cost_cents             BIGINT  NOT NULL DEFAULT 0,
    age_group              TEXT    NOT NULL DEFAULT 'all',
    capacity               BIGINT,
    registration_required  BIGINT  NOT NULL DEFAULT 1,
    status                 TEXT    NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
    walk_ins               BIGINT  NOT NULL DEFAULT 0,
    created_at             BIGINT  NOT NULL,
    updated_at             BIGINT  NOT NULL
);
CREATE INDEX activities_start ON activities (starts_at);
CREATE INDEX activities_series ON activities (series_id);
CREATE TABLE activity_texts (
    activity_id  BIGINT  NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    lang         TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    description  TEXT    NOT NULL,
    PRIMARY KEY (activity_id, lang)
);
CREATE TABLE activity_pillars (
    activity_id  BIGINT  NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    pillar       TEXT    NOT NULL,
    PRIMARY KEY (activity_id, pillar)
);
CREATE TABLE registrations (
    id                BIGSERIAL PRIMARY KEY,
    activity_id       BIGINT  NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    token_hash        TEXT    NOT NULL UNIQUE,
    idempotency_key   TEXT    NOT NULL UNIQUE,
    name              TEXT    NOT NULL,
    email             TEXT,
    phone             TEXT,
    people            BIGINT  NOT NULL CHECK (people BETWEEN 1 AND 10),
    lang              TEXT    NOT NULL,
    interpreter       BIGINT  NOT NULL DEFAULT 0,
    interpreter_lang  TEXT    NOT NULL DEFAULT '',
    sign_language     BIGINT  NOT NULL DEFAULT 0,
    wheelchair        BIGINT  NOT NULL DEFAULT 0,
    childcare         BIGINT  NOT NULL DEFAULT 0,
    other_needs       TEXT    NOT NULL DEFAULT '',
    status            TEXT    NOT NULL CHECK (status IN ('confirmed', 'waiting', 'cancelled')),
    checked_in        BIGINT  NOT NULL DEFAULT 0,
    reminded_at       BIGINT,
    created_at        BIGINT  NOT NULL,
    updated_at        BIGINT  NOT NULL
);
CREATE INDEX registrations_activity ON registrations (activity_id, status, created_at, id);
CREATE TABLE activity_feedback (
    id           BIGSERIAL PRIMARY KEY,
    activity_id  BIGINT  NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    met_someone  TEXT    NOT NULL CHECK (met_someone IN ('yes', 'somewhat', 'no')),
    understand   TEXT    NOT NULL CHECK (understand IN ('yes', 'somewhat', 'no')),
    come_again   TEXT    NOT NULL CHECK (come_again IN ('yes', 'somewhat', 'no')),
    comment      TEXT    NOT NULL DEFAULT '',
    created_at   BIGINT  NOT NULL
);
CREATE INDEX activity_feedback_activity ON activity_feedback (activity_id);
