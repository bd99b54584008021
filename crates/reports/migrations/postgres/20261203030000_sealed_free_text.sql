-- "Happened about" is free text and may name people or places: sealed like the narrative.
-- Rows from before keep their plaintext in `happened_about` until the reseal job seals it.
ALTER TABLE reports ADD COLUMN happened_about_sealed TEXT;
-- The same report sent again from the same browser within the hour: a keyed hash (key outside
-- the database) of the browser's form binding and the content; emptied with the personal content.
ALTER TABLE reports ADD COLUMN duplicate_key TEXT;
CREATE INDEX reports_duplicate ON reports (duplicate_key);
-- 1: the body is sealed with the message id and author kind in its place, so a sealed note
-- copied into a message row does not open; 0: sealed before, under the report's 'message' place.
ALTER TABLE report_messages ADD COLUMN place_version BIGINT NOT NULL DEFAULT 0;
