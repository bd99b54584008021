-- Monitor "olievlek": questionnaires (instruments) in versions, waves, anonymous answers, and the
-- published aggregates per indicator, wave and area. Answers carry only buurt, age band and wave:
-- no person, no time, no invitation code. Invitation codes are stored as a keyed hash with a
-- "used" flag only. Short text answers are sealed. Flags are INTEGER 0/1.
CREATE TABLE monitor_settings (
    id    INTEGER PRIMARY KEY,
    floor INTEGER NOT NULL DEFAULT 10
);
INSERT INTO monitor_settings (id, floor) VALUES (1, 10);
CREATE TABLE monitor_instruments (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE TABLE monitor_versions (
    id            INTEGER PRIMARY KEY,
    instrument_id INTEGER NOT NULL REFERENCES monitor_instruments (id),
    number        INTEGER NOT NULL,
    created_at    INTEGER NOT NULL,
    UNIQUE (instrument_id, number)
);
CREATE TABLE monitor_questions (
    id         INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES monitor_versions (id),
    position   INTEGER NOT NULL,
    item       TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    reverse    INTEGER NOT NULL DEFAULT 0,
    choices    TEXT    NOT NULL DEFAULT '',
    UNIQUE (version_id, item)
);
CREATE TABLE monitor_question_texts (
    question_id INTEGER NOT NULL REFERENCES monitor_questions (id),
    lang        TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    PRIMARY KEY (question_id, lang)
);
CREATE TABLE monitor_waves (
    id            INTEGER PRIMARY KEY,
    instrument_id INTEGER NOT NULL REFERENCES monitor_instruments (id),
    version_id    INTEGER NOT NULL REFERENCES monitor_versions (id),
    name          TEXT    NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('panel', 'pulse')),
    year          INTEGER NOT NULL,
    status        TEXT    NOT NULL DEFAULT 'draft',
    link_token    TEXT    NOT NULL UNIQUE,
    opened_at     INTEGER,
    closed_at     INTEGER,
    -- Counts the changes that need a new aggregation (the job's unique key).
    generation    INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL
);
CREATE TABLE monitor_codes (
    hash    TEXT    PRIMARY KEY,
    wave_id INTEGER NOT NULL REFERENCES monitor_waves (id),
    used    INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE monitor_responses (
    id         INTEGER PRIMARY KEY,
    wave_id    INTEGER NOT NULL REFERENCES monitor_waves (id),
    buurt_code TEXT    NOT NULL DEFAULT '',
    age_band   TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX monitor_responses_wave ON monitor_responses (wave_id);
CREATE TABLE monitor_answers (
    response_id INTEGER NOT NULL REFERENCES monitor_responses (id),
    question_id INTEGER NOT NULL REFERENCES monitor_questions (id),
    value       INTEGER,
    choice      TEXT,
    text_sealed TEXT,
    PRIMARY KEY (response_id, question_id)
);
CREATE TABLE monitor_aggregates (
    indicator TEXT    NOT NULL,
    wave_id   INTEGER NOT NULL REFERENCES monitor_waves (id),
    area_code TEXT    NOT NULL,
    n         INTEGER NOT NULL,
    total     INTEGER NOT NULL,
    total_sq  INTEGER NOT NULL,
    PRIMARY KEY (indicator, wave_id, area_code)
);
CREATE TABLE monitor_code_map (
    old_code TEXT PRIMARY KEY,
    new_code TEXT NOT NULL
);
