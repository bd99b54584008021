-- A TOTP code may be used once (RFC 6238 §5.2): remember the last accepted time step.
ALTER TABLE users ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0;
