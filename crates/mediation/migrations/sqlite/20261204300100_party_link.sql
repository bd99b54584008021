-- The link in the confirmation mail to a resident who asked for mediation (AVG art. 15, 17):
-- a keyed hash of the token (the key lives outside the database) and when it expires.
ALTER TABLE mediation_cases ADD COLUMN party_link_hash TEXT;
ALTER TABLE mediation_cases ADD COLUMN party_link_expires INTEGER;
