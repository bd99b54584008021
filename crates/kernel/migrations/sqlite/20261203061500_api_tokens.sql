-- API tokens for authorised systems: a keyed hash of the secret (the key lives outside the
-- database), the organisation (and optional area) the token acts for, and its scopes.
CREATE TABLE api_tokens (
    id               INTEGER PRIMARY KEY,
    token_hash       TEXT    NOT NULL UNIQUE,
    description      TEXT    NOT NULL,
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    area_id          INTEGER REFERENCES areas (id),
    scopes           TEXT    NOT NULL,
    expires_at       INTEGER NOT NULL,
    revoked_at       INTEGER,
    created_by       INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at       INTEGER NOT NULL
);
