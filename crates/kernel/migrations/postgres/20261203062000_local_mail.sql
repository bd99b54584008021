-- Mail kept in the local outbox (no SMTP server configured): shown to the coordinator at
-- /beheer/post until mail_retention_days; 1 = kept locally, 0 = sent through SMTP or not yet sent.
ALTER TABLE mail_outbox ADD COLUMN kept_locally INTEGER NOT NULL DEFAULT 0;
