-- Vreedzame School: a school's pupil mediation per month, in counts only. There is no column
-- for a child's name or a conflict's details, by design (a test checks the column list).
CREATE TABLE mediation_school_counts (
    id               BIGSERIAL PRIMARY KEY,
    organisation_id  BIGINT  NOT NULL REFERENCES organisations (id),
    month            TEXT    NOT NULL,
    pupils_trained   BIGINT  NOT NULL DEFAULT 0 CHECK (pupils_trained >= 0),
    mediations       BIGINT  NOT NULL DEFAULT 0 CHECK (mediations >= 0),
    wijkmediators    BIGINT  NOT NULL DEFAULT 0 CHECK (wijkmediators >= 0),
    updated_at       BIGINT  NOT NULL,
    UNIQUE (organisation_id, month)
);
