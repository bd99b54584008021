-- Buurtbemiddeling: requests and cases with a dated step per stage, the two mediators of a case,
-- the mediators' contact log, and the mediators' streets for the conflict-of-interest check.
-- Personal content (the case file, the agreements, contact notes, the referrer's address) is
-- sealed; it is deleted `mediation_retention_days` after closure, the rest stays for the figures.
-- Dates of steps are local dates 'YYYY-MM-DD'; times are UTC seconds; flags are INTEGER 0/1.
CREATE TABLE mediation_cases (
    id               INTEGER PRIMARY KEY,
    version          INTEGER NOT NULL DEFAULT 1,
    stage            TEXT    NOT NULL DEFAULT 'received',
    requester        TEXT    NOT NULL CHECK (requester IN ('resident', 'professional')),
    referrer_type    TEXT    NOT NULL,
    referrer_org     TEXT    NOT NULL DEFAULT '',
    referrer_sealed  TEXT,
    referrer_updates INTEGER NOT NULL DEFAULT 0,
    consent_at       INTEGER,
    topic            TEXT    NOT NULL,
    urgency          TEXT    NOT NULL DEFAULT 'normal',
    area_id          INTEGER REFERENCES areas (id),
    lang             TEXT    NOT NULL DEFAULT 'nl',
    file_sealed      TEXT,
    party_streets    TEXT    NOT NULL DEFAULT '',
    agreements_sealed TEXT,
    received_on      TEXT    NOT NULL,
    intake_due       TEXT    NOT NULL,
    intake_on        TEXT,
    last_on          TEXT    NOT NULL,
    party2_agrees    INTEGER,
    agreements_on    TEXT,
    outcome          TEXT,
    close_reason     TEXT,
    closed_on        TEXT,
    closed_at        INTEGER,
    file_deleted_at  INTEGER,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX mediation_cases_stage ON mediation_cases (stage);
CREATE INDEX mediation_cases_received ON mediation_cases (received_on);
CREATE TABLE mediation_steps (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES mediation_cases (id),
    step        TEXT    NOT NULL,
    on_date     TEXT    NOT NULL,
    detail      TEXT    NOT NULL DEFAULT '',
    by_user     INTEGER REFERENCES users (id),
    created_at  INTEGER NOT NULL
);
CREATE INDEX mediation_steps_case ON mediation_steps (case_id);
CREATE TABLE mediation_mediators (
    case_id     INTEGER NOT NULL REFERENCES mediation_cases (id),
    user_id     INTEGER NOT NULL REFERENCES users (id),
    assigned_on TEXT    NOT NULL,
    PRIMARY KEY (case_id, user_id)
);
CREATE INDEX mediation_mediators_user ON mediation_mediators (user_id);
CREATE TABLE mediation_contacts (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES mediation_cases (id),
    user_id     INTEGER NOT NULL REFERENCES users (id),
    on_date     TEXT    NOT NULL,
    kind        TEXT    NOT NULL,
    note_sealed TEXT,
    created_at  INTEGER NOT NULL
);
CREATE INDEX mediation_contacts_case ON mediation_contacts (case_id);
-- A keyed hash of the street a mediator lives in (never the street itself).
CREATE TABLE mediation_mediator_streets (
    user_id     INTEGER PRIMARY KEY REFERENCES users (id),
    street_hash TEXT    NOT NULL,
    updated_at  INTEGER NOT NULL
);
-- One row: whether living in the same street as a party rules a mediator out.
CREATE TABLE mediation_settings (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    same_street_check  INTEGER NOT NULL DEFAULT 1
);
INSERT INTO mediation_settings (id, same_street_check) VALUES (1, 1);
