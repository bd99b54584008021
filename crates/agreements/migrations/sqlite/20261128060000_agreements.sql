-- Neighbourhood agreements "Zó willen we samenleven": proposals with comments, flags, supports and
-- followers; adopted agreements (texts per language) and the versioned charter; partner
-- signatures and commitments. Times are UTC seconds; flags are INTEGER 0/1.
CREATE TABLE agreement_settings (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    support_threshold  INTEGER NOT NULL DEFAULT 25,
    updated_at         INTEGER NOT NULL
);
INSERT INTO agreement_settings (id, support_threshold, updated_at) VALUES (1, 25, 0);
CREATE TABLE agreements (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    pillar            TEXT    NOT NULL,
    status            TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
    adopted_at        INTEGER NOT NULL,
    review_due        INTEGER NOT NULL,
    last_reviewed_at  INTEGER,
    review_note       TEXT    NOT NULL DEFAULT '',
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL
);
CREATE TABLE agreement_texts (
    agreement_id  INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    lang          TEXT    NOT NULL,
    text          TEXT    NOT NULL,
    PRIMARY KEY (agreement_id, lang)
);
CREATE TABLE proposals (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    author_id        INTEGER NOT NULL REFERENCES users (id),
    title            TEXT    NOT NULL,
    explanation      TEXT    NOT NULL,
    pillar           TEXT    NOT NULL,
    area_id          INTEGER REFERENCES areas (id),
    on_behalf_of     TEXT    NOT NULL DEFAULT '',
    status           TEXT    NOT NULL DEFAULT 'discussion' CHECK (status IN ('discussion', 'for_decision', 'adopted', 'merged', 'declined')),
    decision_reason  TEXT    NOT NULL DEFAULT '',
    decided_at       INTEGER,
    decided_by       INTEGER REFERENCES users (id),
    agreement_id     INTEGER REFERENCES agreements (id),
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX proposals_status ON proposals (status, created_at);
CREATE TABLE proposal_supports (
    proposal_id  INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL REFERENCES users (id),
    verified     INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL,
    PRIMARY KEY (proposal_id, user_id)
);
CREATE TABLE proposal_comments (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    proposal_id    INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    parent_id      INTEGER REFERENCES proposal_comments (id),
    author_id      INTEGER NOT NULL REFERENCES users (id),
    body           TEXT    NOT NULL,
    created_at     INTEGER NOT NULL,
    edited_at      INTEGER,
    hidden_at      INTEGER,
    hidden_reason  TEXT    NOT NULL DEFAULT '',
    hidden_by      INTEGER REFERENCES users (id)
);
CREATE INDEX proposal_comments_proposal ON proposal_comments (proposal_id, created_at);
CREATE TABLE comment_flags (
    comment_id  INTEGER NOT NULL REFERENCES proposal_comments (id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES users (id),
    reason      TEXT    NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (comment_id, user_id)
);
CREATE TABLE proposal_follows (
    proposal_id     INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    user_id         INTEGER NOT NULL REFERENCES users (id),
    mode            TEXT    NOT NULL CHECK (mode IN ('instant', 'daily')),
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (proposal_id, user_id)
);
CREATE TABLE proposal_events (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    proposal_id  INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL CHECK (kind IN ('status', 'reply')),
    detail       TEXT    NOT NULL DEFAULT '',
    actor_id     INTEGER,
    created_at   INTEGER NOT NULL
);
CREATE INDEX proposal_events_time ON proposal_events (created_at);
CREATE TABLE proposal_event_mails (
    event_id  INTEGER NOT NULL REFERENCES proposal_events (id) ON DELETE CASCADE,
    user_id   INTEGER NOT NULL REFERENCES users (id),
    PRIMARY KEY (event_id, user_id)
);
CREATE TABLE proposal_digests (
    user_id     INTEGER NOT NULL REFERENCES users (id),
    day         TEXT    NOT NULL,
    until_event INTEGER NOT NULL,
    PRIMARY KEY (user_id, day)
);
CREATE TABLE charter_versions (
    number      INTEGER PRIMARY KEY,
    adopted_at  INTEGER NOT NULL,
    summary     TEXT    NOT NULL DEFAULT ''
);
CREATE TABLE charter_version_items (
    version       INTEGER NOT NULL REFERENCES charter_versions (number),
    agreement_id  INTEGER NOT NULL REFERENCES agreements (id),
    pillar        TEXT    NOT NULL,
    lang          TEXT    NOT NULL,
    text          TEXT    NOT NULL,
    PRIMARY KEY (version, agreement_id, lang)
);
CREATE TABLE charter_signatures (
    organisation_id  INTEGER PRIMARY KEY REFERENCES organisations (id),
    version          INTEGER NOT NULL REFERENCES charter_versions (number),
    signed_by        INTEGER REFERENCES users (id),
    signed_at        INTEGER NOT NULL
);
CREATE TABLE charter_commitments (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    text             TEXT    NOT NULL,
    created_by       INTEGER REFERENCES users (id),
    created_at       INTEGER NOT NULL,
    reviewed_at      INTEGER,
    review_note      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX charter_commitments_org ON charter_commitments (organisation_id);
