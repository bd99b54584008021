-- Neighbourhood agreements "Zó willen we samenleven": proposals with comments, flags, supports and
-- followers; adopted agreements (texts per language) and the versioned charter; partner
-- signatures and commitments. Times are UTC seconds; flags are BIGINT 0/1.
CREATE TABLE agreement_settings (
    id                 BIGINT PRIMARY KEY CHECK (id = 1),
    support_threshold  BIGINT NOT NULL DEFAULT 25,
    updated_at         BIGINT NOT NULL
);
INSERT INTO agreement_settings (id, support_threshold, updated_at) VALUES (1, 25, 0);
CREATE TABLE agreements (
    id                BIGSERIAL PRIMARY KEY,
    pillar            TEXT    NOT NULL,
    status            TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
    adopted_at        BIGINT NOT NULL,
    review_due        BIGINT NOT NULL,
    last_reviewed_at  BIGINT,
    review_note       TEXT    NOT NULL DEFAULT '',
    created_at        BIGINT NOT NULL,
    updated_at        BIGINT NOT NULL
);
CREATE TABLE agreement_texts (
    agreement_id  BIGINT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    lang          TEXT    NOT NULL,
    text          TEXT    NOT NULL,
    PRIMARY KEY (agreement_id, lang)
);
CREATE TABLE proposals (
    id               BIGSERIAL PRIMARY KEY,
    author_id        BIGINT NOT NULL REFERENCES users (id),
    title            TEXT    NOT NULL,
    explanation      TEXT    NOT NULL,
    pillar           TEXT    NOT NULL,
    area_id          BIGINT REFERENCES areas (id),
    on_behalf_of     TEXT    NOT NULL DEFAULT '',
    status           TEXT    NOT NULL DEFAULT 'discussion' CHECK (status IN ('discussion', 'for_decision', 'adopted', 'merged', 'declined')),
    decision_reason  TEXT    NOT NULL DEFAULT '',
    decided_at       BIGINT,
    decided_by       BIGINT REFERENCES users (id),
    agreement_id     BIGINT REFERENCES agreements (id),
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL
);
CREATE INDEX proposals_status ON proposals (status, created_at);
CREATE TABLE proposal_supports (
    proposal_id  BIGINT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    user_id      BIGINT NOT NULL REFERENCES users (id),
    verified     BIGINT NOT NULL DEFAULT 0,
    created_at   BIGINT NOT NULL,
    PRIMARY KEY (proposal_id, user_id)
);
CREATE TABLE proposal_comments (
    id             BIGSERIAL PRIMARY KEY,
    proposal_id    BIGINT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    parent_id      BIGINT REFERENCES proposal_comments (id),
    author_id      BIGINT NOT NULL REFERENCES users (id),
    body           TEXT    NOT NULL,
    created_at     BIGINT NOT NULL,
    edited_at      BIGINT,
    hidden_at      BIGINT,
    hidden_reason  TEXT    NOT NULL DEFAULT '',
    hidden_by      BIGINT REFERENCES users (id)
);
CREATE INDEX proposal_comments_proposal ON proposal_comments (proposal_id, created_at);
CREATE TABLE comment_flags (
    comment_id  BIGINT NOT NULL REFERENCES proposal_comments (id) ON DELETE CASCADE,
    user_id     BIGINT NOT NULL REFERENCES users (id),
    reason      TEXT    NOT NULL DEFAULT '',
    created_at  BIGINT NOT NULL,
    PRIMARY KEY (comment_id, user_id)
);
CREATE TABLE proposal_follows (
    proposal_id     BIGINT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    user_id         BIGINT NOT NULL REFERENCES users (id),
    mode            TEXT    NOT NULL CHECK (mode IN ('instant', 'daily')),
    created_at      BIGINT NOT NULL,
    PRIMARY KEY (proposal_id, user_id)
);
CREATE TABLE proposal_events (
    id           BIGSERIAL PRIMARY KEY,
    proposal_id  BIGINT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL CHECK (kind IN ('status', 'reply')),
    detail       TEXT    NOT NULL DEFAULT '',
    actor_id     BIGINT,
    created_at   BIGINT NOT NULL
);
CREATE INDEX proposal_events_time ON proposal_events (created_at);
CREATE TABLE proposal_event_mails (
    event_id  BIGINT NOT NULL REFERENCES proposal_events (id) ON DELETE CASCADE,
    user_id   BIGINT NOT NULL REFERENCES users (id),
    PRIMARY KEY (event_id, user_id)
);
CREATE TABLE proposal_digests (
    user_id     BIGINT NOT NULL REFERENCES users (id),
    day         TEXT    NOT NULL,
    until_event BIGINT NOT NULL,
    PRIMARY KEY (user_id, day)
);
CREATE TABLE charter_versions (
    number      BIGINT PRIMARY KEY,
    adopted_at  BIGINT NOT NULL,
    summary     TEXT    NOT NULL DEFAULT ''
);
CREATE TABLE charter_version_items (
    version       BIGINT NOT NULL REFERENCES charter_versions (number),
    agreement_id  BIGINT NOT NULL REFERENCES agreements (id),
    pillar        TEXT    NOT NULL,
    lang          TEXT    NOT NULL,
    text          TEXT    NOT NULL,
    PRIMARY KEY (version, agreement_id, lang)
);
CREATE TABLE charter_signatures (
    organisation_id  BIGINT PRIMARY KEY REFERENCES organisations (id),
    version          BIGINT NOT NULL REFERENCES charter_versions (number),
    signed_by        BIGINT REFERENCES users (id),
    signed_at        BIGINT NOT NULL
);
CREATE TABLE charter_commitments (
    id               BIGSERIAL PRIMARY KEY,
    organisation_id  BIGINT NOT NULL REFERENCES organisations (id),
    text             TEXT    NOT NULL,
    created_by       BIGINT REFERENCES users (id),
    created_at       BIGINT NOT NULL,
    reviewed_at      BIGINT,
    review_note      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX charter_commitments_org ON charter_commitments (organisation_id);
