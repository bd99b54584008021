-- The name a person shows on public pages (NULL: first name and initial, see accounts::public_name).
ALTER TABLE users ADD COLUMN display_name TEXT;
