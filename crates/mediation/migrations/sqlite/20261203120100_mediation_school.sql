-- Vreedzame School: a school's pupil mediation per month, in counts only. There is no column
-- for a child's name or a conflict's details, by design (a test checks the column list).
CREATE TABLE mediation_school_counts (
    id               INTEGER PRIMARY KEY,
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    month            TEXT    NOT NULL,
    pupils_trained   INTEGER NOT NULL DEFAULT 0 CHECK (pupils_trained >= 0),
    mediations       INTEGER NOT NULL DEFAULT 0 CHECK (mediations >= 0),
    wijkmediators    INTEGER NOT NULL DEFAULT 0 CHECK (wijkmediators >= 0),
    updated_at       INTEGER NOT NULL,
    UNIQUE (organisation_id, month)
);
