-- Areas: municipality (gemeente) → district (wijk) → neighbourhood (buurt), keyed by CBS code.
CREATE TABLE areas (
    id          INTEGER PRIMARY KEY,
    code        TEXT    NOT NULL UNIQUE,
    kind        TEXT    NOT NULL CHECK (kind IN ('municipality', 'district', 'neighbourhood')),
    name        TEXT    NOT NULL,
    parent_id   INTEGER REFERENCES areas (id),
    geometry    TEXT,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX areas_parent ON areas (parent_id);
