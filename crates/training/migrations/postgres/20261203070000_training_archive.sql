-- An archived course is no longer offered (no new sessions, not on /training); its certificates
-- stay valid and checkable. NULL: offered.
ALTER TABLE training_courses ADD COLUMN archived_at BIGINT;
