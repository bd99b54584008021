-- Duplicate keys live for an hour, then become NULL: an index of only the set ones stays small,
-- and statistics over all reports (nearly all NULL) no longer make SQLite's planner think a key
-- matches every report and scan them all on each submission.
DROP INDEX reports_duplicate;
CREATE INDEX reports_duplicate ON reports (duplicate_key) WHERE duplicate_key IS NOT NULL;
