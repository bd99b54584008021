-- The meldpunt. Personal content (narrative, place, contact, messages) is sealed (encrypted) by
-- the application with a key outside the database; statistical fields are plain.
CREATE TABLE reports (
    id                   INTEGER PRIMARY KEY,
    ref                  TEXT    NOT NULL UNIQUE,
    receipt_hash         TEXT    NOT NULL UNIQUE,
    status               TEXT    NOT NULL CHECK (status IN ('new', 'in_progress', 'closed', 'referred', 'withdrawn')),
    reporter_role        TEXT    NOT NULL,
    happened_on          TEXT,
    happened_about       TEXT,
    area_id              INTEGER REFERENCES areas (id),
    terrain              TEXT    NOT NULL,
    nature               TEXT    NOT NULL,
    wants                TEXT    NOT NULL DEFAULT '',
    residence            TEXT    NOT NULL DEFAULT 'unknown',
    location_kind        TEXT    NOT NULL DEFAULT 'unknown',
    submission_key       TEXT    UNIQUE,
    lang                 TEXT    NOT NULL,
    narrative_sealed     TEXT,
    place_sealed         TEXT,
    contact_sealed       TEXT,
    mail_updates         INTEGER NOT NULL DEFAULT 0,
    consent_handover     INTEGER NOT NULL DEFAULT 0,
    handling             TEXT,
    assigned_to          INTEGER REFERENCES users (id),
    due_at               INTEGER,
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL,
    closed_at            INTEGER,
    personal_deleted_at  INTEGER
);
CREATE INDEX reports_status ON reports (status, created_at);
CREATE INDEX reports_created ON reports (created_at);

CREATE TABLE report_grounds (
    report_id  INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    ground     TEXT    NOT NULL,
    PRIMARY KEY (report_id, ground)
);

CREATE TABLE report_messages (
    id              INTEGER PRIMARY KEY,
    report_id       INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    author          TEXT    NOT NULL CHECK (author IN ('reporter', 'handler', 'note')),
    author_user_id  INTEGER REFERENCES users (id),
    body_sealed     TEXT,
    created_at      INTEGER NOT NULL
);
CREATE INDEX report_messages_report ON report_messages (report_id, id);
