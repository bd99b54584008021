-- Media of a campaign: photos (cleaned of metadata, with a thumbnail), short PDF documents,
-- and videos as a link to a platform (no video hosting). The bytes live behind one storage
-- interface (`media::MediaStore`): today the database, so every app instance can serve them.
CREATE TABLE youth_media (
    id           INTEGER PRIMARY KEY,
    campaign_id  INTEGER NOT NULL REFERENCES youth_campaigns (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL CHECK (kind IN ('photo', 'document', 'video')),
    content_type TEXT    NOT NULL DEFAULT '',
    description  TEXT    NOT NULL,
    url          TEXT    NOT NULL DEFAULT '',
    recognisable INTEGER NOT NULL DEFAULT 0,
    byte_size    INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL
);
CREATE INDEX youth_media_campaign ON youth_media (campaign_id);
CREATE TABLE youth_media_blobs (
    media_id  INTEGER PRIMARY KEY REFERENCES youth_media (id) ON DELETE CASCADE,
    bytes     BLOB    NOT NULL,
    thumb     BLOB
);
