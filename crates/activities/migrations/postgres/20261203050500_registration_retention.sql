-- Registrations are anonymised registration_retention_days after their activity ended (the
-- retention job); anonymised_at marks the ones done. ends_at is what the job looks for.
ALTER TABLE registrations ADD COLUMN anonymised_at BIGINT;
CREATE INDEX activities_end ON activities (ends_at);
