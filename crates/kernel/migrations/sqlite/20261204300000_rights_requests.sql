-- Requests of people to see or erase their data (AVG art. 15, 17), received by letter or at the
-- counter and registered by a coordinator; answered within 30 days (due_at).
CREATE TABLE rights_requests (
    id           INTEGER PRIMARY KEY,
    kind         TEXT    NOT NULL CHECK (kind IN ('access', 'erasure')),
    channel      TEXT    NOT NULL CHECK (channel IN ('letter', 'counter', 'mail')),
    person_id    INTEGER REFERENCES users (id),
    note_sealed  TEXT,
    received_at  INTEGER NOT NULL,
    due_at       INTEGER NOT NULL,
    status       TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered', 'refused')),
    answered_at  INTEGER,
    created_by   INTEGER REFERENCES users (id),
    created_at   INTEGER NOT NULL
);
CREATE INDEX rights_requests_due ON rights_requests (status, due_at);
