-- A photo per venue, stored in the database so every app instance can serve it. Metadata
-- (EXIF, GPS) is removed before storing.
CREATE TABLE venue_photos (
    venue_id      INTEGER PRIMARY KEY REFERENCES venues (id) ON DELETE CASCADE,
    content_type  TEXT    NOT NULL,
    bytes         BLOB    NOT NULL,
    alt           TEXT    NOT NULL,
    updated_at    INTEGER NOT NULL
);
