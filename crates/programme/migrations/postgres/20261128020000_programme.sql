-- The neighbourhood plan (programme) and its core approaches (kernaanpakken).
-- Texts live in *_texts tables, one row per language; Dutch ('nl') is required, the rest falls back to it.
CREATE TABLE programmes (
    id             BIGSERIAL PRIMARY KEY,
    slug           TEXT    NOT NULL UNIQUE,
    area_id        BIGINT  REFERENCES areas (id),
    status         TEXT    NOT NULL CHECK (status IN ('planned', 'active', 'paused', 'completed')),
    contact_name   TEXT,
    contact_email  TEXT,
    created_at     BIGINT  NOT NULL,
    updated_at     BIGINT  NOT NULL
);
CREATE TABLE programme_texts (
    programme_id  BIGINT  NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    lang          TEXT    NOT NULL,
    title         TEXT    NOT NULL,
    summary       TEXT    NOT NULL,
    PRIMARY KEY (programme_id, lang)
);
CREATE TABLE approaches (
    id             BIGSERIAL PRIMARY KEY,
    programme_id   BIGINT  NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    slug           TEXT    NOT NULL UNIQUE,
    position       BIGINT  NOT NULL,
    status         TEXT    NOT NULL CHECK (status IN ('planned', 'active', 'paused', 'completed')),
    contact_name   TEXT,
    contact_email  TEXT,
    created_at     BIGINT  NOT NULL,
    updated_at     BIGINT  NOT NULL
);
CREATE INDEX approaches_programme ON approaches (programme_id, position);
CREATE TABLE approach_texts (
    approach_id  BIGINT  NOT NULL REFERENCES approaches (id) ON DELETE CASCADE,
    lang         TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    summary      TEXT    NOT NULL,
    body         TEXT    NOT NULL,
    PRIMARY KEY (approach_id, lang)
);
CREATE TABLE approach_pillars (
    approach_id  BIGINT  NOT NULL REFERENCES approaches (id) ON DELETE CASCADE,
    pillar       TEXT    NOT NULL,
    PRIMARY KEY (approach_id, pillar)
);
CREATE TABLE approach_actions (
    id           BIGSERIAL PRIMARY KEY,
    approach_id  BIGINT  NOT NULL REFERENCES approaches (id) ON DELETE CASCADE,
    position     BIGINT  NOT NULL,
    pillars      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX approach_actions_approach ON approach_actions (approach_id, position);
CREATE TABLE approach_action_texts (
    action_id  BIGINT  NOT NULL REFERENCES approach_actions (id) ON DELETE CASCADE,
    lang       TEXT    NOT NULL,
    title      TEXT    NOT NULL,
    body       TEXT    NOT NULL,
    PRIMARY KEY (action_id, lang)
);
