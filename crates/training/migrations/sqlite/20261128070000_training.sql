-- Training registry "Cultuursensitief werken": courses, sessions with meetings, enrolments with a
-- waiting list, attendance per meeting, certificates, organisation contacts and goals, and
-- anonymous effect answers (Kirkpatrick). Times are UTC seconds; flags are INTEGER 0/1.
CREATE TABLE training_courses (
    id                  INTEGER PRIMARY KEY,
    course_key          TEXT    NOT NULL UNIQUE,
    title               TEXT    NOT NULL,
    description         TEXT    NOT NULL DEFAULT '',
    duration_hours      INTEGER NOT NULL DEFAULT 0,
    target_group        TEXT    NOT NULL CHECK (target_group IN ('professional', 'volunteer', 'both')),
    validity_months     INTEGER,
    prerequisite_id     INTEGER REFERENCES training_courses (id),
    completion_percent  INTEGER NOT NULL DEFAULT 100,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL
);
CREATE TABLE training_sessions (
    id            INTEGER PRIMARY KEY,
    course_id     INTEGER NOT NULL REFERENCES training_courses (id),
    trainer_id    INTEGER REFERENCES users (id),
    trainer_name  TEXT    NOT NULL DEFAULT '',
    venue         TEXT    NOT NULL DEFAULT '',
    online        INTEGER NOT NULL DEFAULT 0,
    capacity      INTEGER,
    status        TEXT    NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
    starts_at     INTEGER NOT NULL,
    ends_at       INTEGER NOT NULL,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);
CREATE INDEX training_sessions_course ON training_sessions (course_id, starts_at);
CREATE TABLE training_meetings (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES training_sessions (id) ON DELETE CASCADE,
    starts_at   INTEGER NOT NULL,
    ends_at     INTEGER NOT NULL
);
CREATE INDEX training_meetings_session ON training_meetings (session_id, starts_at);
CREATE TABLE training_enrolments (
    id           INTEGER PRIMARY KEY,
    session_id   INTEGER NOT NULL REFERENCES training_sessions (id),
    user_id      INTEGER NOT NULL REFERENCES users (id),
    status       TEXT    NOT NULL CHECK (status IN ('confirmed', 'waiting', 'cancelled')),
    enrolled_by  INTEGER REFERENCES users (id),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    UNIQUE (session_id, user_id)
);
CREATE INDEX training_enrolments_user ON training_enrolments (user_id);
CREATE TABLE training_attendance (
    meeting_id     INTEGER NOT NULL REFERENCES training_meetings (id) ON DELETE CASCADE,
    enrolment_id   INTEGER NOT NULL REFERENCES training_enrolments (id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, enrolment_id)
);
CREATE TABLE training_certificates (
    id            INTEGER PRIMARY KEY,
    number        TEXT    NOT NULL UNIQUE,
    user_id       INTEGER NOT NULL REFERENCES users (id),
    course_id     INTEGER NOT NULL REFERENCES training_courses (id),
    enrolment_id  INTEGER UNIQUE REFERENCES training_enrolments (id),
    issued_at     INTEGER NOT NULL,
    valid_until   INTEGER,
    revoked_at    INTEGER,
    created_at    INTEGER NOT NULL
);
CREATE INDEX training_certificates_user ON training_certificates (user_id, course_id);
CREATE TABLE training_contacts (
    organisation_id  INTEGER PRIMARY KEY REFERENCES organisations (id),
    user_id          INTEGER NOT NULL REFERENCES users (id),
    updated_at       INTEGER NOT NULL
);
CREATE TABLE training_goals (
    organisation_id  INTEGER PRIMARY KEY REFERENCES organisations (id),
    percent          INTEGER NOT NULL,
    due_at           INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
-- Who filled in which form (to allow each form once), kept apart from the answers.
CREATE TABLE training_responses (
    enrolment_id  INTEGER NOT NULL REFERENCES training_enrolments (id) ON DELETE CASCADE,
    form          TEXT    NOT NULL,
    PRIMARY KEY (enrolment_id, form)
);
-- The answers, with a random response id and no link to a person.
CREATE TABLE training_answers (
    id           INTEGER PRIMARY KEY,
    response_id  TEXT    NOT NULL,
    session_id   INTEGER NOT NULL REFERENCES training_sessions (id),
    course_id    INTEGER NOT NULL REFERENCES training_courses (id),
    form         TEXT    NOT NULL CHECK (form IN ('satisfaction', 'before', 'after', 'followup')),
    question     TEXT    NOT NULL,
    score        INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5)
);
CREATE INDEX training_answers_course ON training_answers (course_id, form);
