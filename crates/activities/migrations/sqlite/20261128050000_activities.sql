-- Activities and meeting places: venues, activities (texts per language, pillars), registrations
-- with a waiting list, anonymous feedback. Times are UTC seconds; flags are INTEGER 0/1.
CREATE TABLE venues (
    id                 INTEGER PRIMARY KEY,
    name               TEXT    NOT NULL UNIQUE,
    address            TEXT    NOT NULL,
    area_id            INTEGER REFERENCES areas (id),
    opening_hours      TEXT    NOT NULL DEFAULT '',
    route              TEXT    NOT NULL DEFAULT '',
    step_free          INTEGER NOT NULL DEFAULT 0,
    accessible_toilet  INTEGER NOT NULL DEFAULT 0,
    hearing_loop       INTEGER NOT NULL DEFAULT 0,
    parking            INTEGER NOT NULL DEFAULT 0,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL
);
CREATE TABLE activities (
    id                     INTEGER PRIMARY KEY,
    kind                   TEXT    NOT NULL CHECK (kind IN ('cultural_festival', 'film_conversation', 'workshop', 'expert_talk', 'childrens_council', 'training_session', 'other')),
    approach_id            INTEGER REFERENCES approaches (id),
    venue_id               INTEGER REFERENCES venues (id),
    online_url             TEXT,
    starts_at              INTEGER NOT NULL,
    ends_at                INTEGER NOT NULL,
    series_id              TEXT,
    organisation_id        INTEGER REFERENCES organisations (id),
    contact_name           TEXT    NOT NULL DEFAULT '',
    languages              TEXT    NOT NULL DEFAULT 'nl',
    cost_cents             INTEGER NOT NULL DEFAULT 0,
    age_group              TEXT    NOT NULL DEFAULT 'all',
    capacity               INTEGER,
    registration_required  INTEGER NOT NULL DEFAULT 1,
    status                 TEXT    NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
    walk_ins               INTEGER NOT NULL DEFAULT 0,
    created_at             INTEGER NOT NULL,
    updated_at             INTEGER NOT NULL
);
CREATE INDEX activities_start ON activities (starts_at);
CREATE INDEX activities_series ON activities (series_id);
CREATE TABLE activity_texts (
    activity_id  INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    lang         TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    description  TEXT    NOT NULL,
    PRIMARY KEY (activity_id, lang)
);
CREATE TABLE activity_pillars (
    activity_id  INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    pillar       TEXT    NOT NULL,
    PRIMARY KEY (activity_id, pillar)
);
CREATE TABLE registrations (
    id                INTEGER PRIMARY KEY,
    activity_id       INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    token_hash        TEXT    NOT NULL UNIQUE,
    idempotency_key   TEXT    NOT NULL UNIQUE,
    name              TEXT    NOT NULL,
    email             TEXT,
    phone             TEXT,
    people            INTEGER NOT NULL CHECK (people BETWEEN 1 AND 10),
    lang              TEXT    NOT NULL,
    interpreter       INTEGER NOT NULL DEFAULT 0,
    interpreter_lang  TEXT    NOT NULL DEFAULT '',
    sign_language     INTEGER NOT NULL DEFAULT 0,
    wheelchair        INTEGER NOT NULL DEFAULT 0,
    childcare         INTEGER NOT NULL DEFAULT 0,
    other_needs       TEXT    NOT NULL DEFAULT '',
    status            TEXT    NOT NULL CHECK (status IN ('confirmed', 'waiting', 'cancelled')),
    checked_in        INTEGER NOT NULL DEFAULT 0,
    reminded_at       INTEGER,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL
);
CREATE INDEX registrations_activity ON registrations (activity_id, status, created_at, id);
CREATE TABLE activity_feedback (
    id           INTEGER PRIMARY KEY,
    activity_id  INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    met_someone  TEXT    NOT NULL CHECK (met_someone IN ('yes', 'somewhat', 'no')),
    understand   TEXT    NOT NULL CHECK (understand IN ('yes', 'somewhat', 'no')),
    come_again   TEXT    NOT NULL CHECK (come_again IN ('yes', 'somewhat', 'no')),
    comment      TEXT    NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL
);
CREATE INDEX activity_feedback_activity ON activity_feedback (activity_id);
