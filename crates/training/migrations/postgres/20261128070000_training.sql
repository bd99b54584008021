-- Training registry "Cultuursensitief werken": courses, sessions with meetings, enrolments with a
-- waiting list, attendance per meeting, certificates, organisation contacts and goals, and
-- anonymous effect answers (Kirkpatrick). Times are UTC seconds; flags are BIGINT 0/1.
CREATE TABLE training_courses (
    id                  BIGSERIAL PRIMARY KEY,
    course_key          TEXT    NOT NULL UNIQUE,
    title               TEXT    NOT NULL,
    description         TEXT    NOT NULL DEFAULT '',
    duration_hours      BIGINT  NOT NULL DEFAULT 0,
    target_group        TEXT    NOT NULL CHECK (target_group IN ('professional', 'volunteer', 'both')),
    validity_months     BIGINT,
    prerequisite_id     BIGINT  REFERENCES training_courses (id),
    completion_percent  BIGINT  NOT NULL DEFAULT 100,
    created_at          BIGINT  NOT NULL,
    updated_at          BIGINT  NOT NULL
);
CREATE TABLE training_sessions (
    id            BIGSERIAL PRIMARY KEY,
    course_id     BIGINT  NOT NULL REFERENCES training_courses (id),
    trainer_id    BIGINT  REFERENCES users (id),
    trainer_name  TEXT    NOT NULL DEFAULT '',
    venue         TEXT    NOT NULL DEFAULT '',
    online        BIGINT  NOT NULL DEFAULT 0,
    capacity      BIGINT,
    status        TEXT    NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
    starts_at     BIGINT  NOT NULL,
    ends_at       BIGINT  NOT NULL,
    created_at    BIGINT  NOT NULL,
    updated_at    BIGINT  NOT NULL
);
CREATE INDEX training_sessions_course ON training_sessions (course_id, starts_at);
CREATE TABLE training_meetings (
    id          BIGSERIAL PRIMARY KEY,
    session_id  BIGINT  NOT NULL REFERENCES training_sessions (id) ON DELETE CASCADE,
    starts_at   BIGINT  NOT NULL,
    ends_at     BIGINT  NOT NULL
);
CREATE INDEX training_meetings_session ON training_meetings (session_id, starts_at);
CREATE TABLE training_enrolments (
    id           BIGSERIAL PRIMARY KEY,
    session_id   BIGINT  NOT NULL REFERENCES training_sessions (id),
    user_id      BIGINT  NOT NULL REFERENCES users (id),
    status       TEXT    NOT NULL CHECK (status IN ('confirmed', 'waiting', 'cancelled')),
    enrolled_by  BIGINT  REFERENCES users (id),
    created_at   BIGINT  NOT NULL,
    updated_at   BIGINT  NOT NULL,
    UNIQUE (session_id, user_id)
);
CREATE INDEX training_enrolments_user ON training_enrolments (user_id);
CREATE TABLE training_attendance (
    meeting_id     BIGINT  NOT NULL REFERENCES training_meetings (id) ON DELETE CASCADE,
    enrolment_id   BIGINT  NOT NULL REFERENCES training_enrolments (id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, enrolment_id)
);
CREATE TABLE training_certificates (
    id            BIGSERIAL PRIMARY KEY,
    number        TEXT    NOT NULL UNIQUE,
    user_id       BIGINT  NOT NULL REFERENCES users (id),
    course_id     BIGINT  NOT NULL REFERENCES training_courses (id),
    enrolment_id  BIGINT  UNIQUE REFERENCES training_enrolments (id),
    issued_at     BIGINT  NOT NULL,
    valid_until   BIGINT,
    revoked_at    BIGINT,
    created_at    BIGINT  NOT NULL
);
CREATE INDEX training_certificates_user ON training_certificates (user_id, course_id);
CREATE TABLE training_contacts (
    organisation_id  BIGINT PRIMARY KEY REFERENCES organisations (id),
    user_id          BIGINT  NOT NULL REFERENCES users (id),
    updated_at       BIGINT  NOT NULL
);
CREATE TABLE training_goals (
    organisation_id  BIGINT PRIMARY KEY REFERENCES organisations (id),
    percent          BIGINT  NOT NULL,
    due_at           BIGINT  NOT NULL,
    updated_at       BIGINT  NOT NULL
);
-- Who filled in which form (to allow each form once), kept apart from the answers.
CREATE TABLE training_responses (
    enrolment_id  BIGINT  NOT NULL REFERENCES training_enrolments (id) ON DELETE CASCADE,
    form          TEXT    NOT NULL,
    PRIMARY KEY (enrolment_id, form)
);
-- The answers, with a random response id and no link to a person.
CREATE TABLE training_answers (
    id           BIGSERIAL PRIMARY KEY,
    response_id  TEXT    NOT NULL,
    session_id   BIGINT  NOT NULL REFERENCES training_sessions (id),
    course_id    BIGINT  NOT NULL REFERENCES training_courses (id),
    form         TEXT    NOT NULL CHECK (form IN ('satisfaction', 'before', 'after', 'followup')),
    question     TEXT    NOT NULL,
    score        BIGINT  NOT NULL CHECK (score BETWEEN 1 AND 5)
);
CREATE INDEX training_answers_course ON training_answers (course_id, form);
