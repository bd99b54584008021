-- API tokens for authorised systems: a keyed hash of the secret (the key lives outside the
-- database), the organisation (and optional area) the token acts for, and its scopes.
CREATE TABLE api_tokens (
    id               BIGSERIAL PRIMARY KEY,
    token_hash       TEXT    NOT NULL UNIQUE,
    description      TEXT    NOT NULL,
    organisation_id  BIGINT  NOT NULL REFERENCES organisations (id),
    area_id          BIGINT  REFERENCES areas (id),
    scopes           TEXT    NOT NULL,
    expires_at       BIGINT  NOT NULL,
    revoked_at       BIGINT,
    created_by       BIGINT  REFERENCES users (id) ON DELETE SET NULL,
    created_at       BIGINT  NOT NULL
);
