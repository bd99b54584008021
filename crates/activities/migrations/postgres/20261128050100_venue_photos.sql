-- A photo per venue, stored in the database so every app instance can serve it. Metadata
-- (EXIF, GPS) is removed before storing.
CREATE TABLE venue_photos (
    venue_id      BIGINT PRIMARY KEY REFERENCES venues (id) ON DELETE CASCADE,
    content_type  TEXT   NOT NULL,
    bytes         BYTEA  NOT NULL,
    alt           TEXT   NOT NULL,
    updated_at    BIGINT NOT NULL
);
