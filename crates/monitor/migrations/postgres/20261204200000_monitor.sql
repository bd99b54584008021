-- Monitor "olievlek": questionnaires (instruments) in versions, waves, anonymous answers, and the
-- published aggregates per indicator, wave and area. Answers carry only buurt, age band and wave:
-- no person, no time, no invitation code. Invitation codes are stored as a keyed hash with a
-- "used" flag only. Short text answers are sealed. Flags are BIGINT 0/1.
CREATE TABLE monitor_settings (
    id    BIGINT PRIMARY KEY,
    floor BIGINT  NOT NULL DEFAULT 10
);
INSERT INTO monitor_settings (id, floor) VALUES (1, 10);
CREATE TABLE monitor_instruments (
    id         BIGSERIAL PRIMARY KEY,
    name       TEXT    NOT NULL,
    created_at BIGINT  NOT NULL
);
CREATE TABLE monitor_versions (
    id            BIGSERIAL PRIMARY KEY,
    instrument_id BIGINT  NOT NULL REFERENCES monitor_instruments (id),
    number        BIGINT  NOT NULL,
    created_at    BIGINT  NOT NULL,
    UNIQUE (instrument_id, number)
);
CREATE TABLE monitor_questions (
    id         BIGSERIAL PRIMARY KEY,
    version_id BIGINT  NOT NULL REFERENCES monitor_versions (id),
    position   BIGINT  NOT NULL,
    item       TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    reverse    BIGINT  NOT NULL DEFAULT 0,
    choices    TEXT    NOT NULL DEFAULT '',
    UNIQUE (version_id, item)
);
CREATE TABLE monitor_question_texts (
    question_id BIGINT  NOT NULL REFERENCES monitor_questions (id),
    lang        TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    PRIMARY KEY (question_id, lang)
);
CREATE TABLE monitor_waves (
    id            BIGSERIAL PRIMARY KEY,
    instrument_id BIGINT  NOT NULL REFERENCES monitor_instruments (id),
    version_id    BIGINT  NOT NULL REFERENCES monitor_versions (id),
    name          TEXT    NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('panel', 'pulse')),
    year          BIGINT  NOT NULL,
    status        TEXT    NOT NULL DEFAULT 'draft',
    link_token    TEXT    NOT NULL UNIQUE,
    opened_at     BIGINT ,
    closed_at     BIGINT ,
    -- Counts the changes that need a new aggregation (the job's unique key).
    generation    BIGINT  NOT NULL DEFAULT 0,
    created_at    BIGINT  NOT NULL
);
CREATE TABLE monitor_codes (
    hash    TEXT    PRIMARY KEY,
    wave_id BIGINT  NOT NULL REFERENCES monitor_waves (id),
    used    BIGINT  NOT NULL DEFAULT 0
);
CREATE TABLE monitor_responses (
    id         BIGSERIAL PRIMARY KEY,
    wave_id    BIGINT  NOT NULL REFERENCES monitor_waves (id),
    buurt_code TEXT    NOT NULL DEFAULT '',
    age_band   TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX monitor_responses_wave ON monitor_responses (wave_id);
CREATE TABLE monitor_answers (
    response_id BIGINT  NOT NULL REFERENCES monitor_responses (id),
    question_id BIGINT  NOT NULL REFERENCES monitor_questions (id),
    value       BIGINT ,
    choice      TEXT,
    text_sealed TEXT,
    PRIMARY KEY (response_id, question_id)
);
CREATE TABLE monitor_aggregates (
    indicator TEXT    NOT NULL,
    wave_id   BIGINT  NOT NULL REFERENCES monitor_waves (id),
    area_code TEXT    NOT NULL,
    n         BIGINT  NOT NULL,
    total     BIGINT  NOT NULL,
    total_sq  BIGINT  NOT NULL,
    PRIMARY KEY (indicator, wave_id, area_code)
);
CREATE TABLE monitor_code_map (
    old_code TEXT PRIMARY KEY,
    new_code TEXT NOT NULL
);
