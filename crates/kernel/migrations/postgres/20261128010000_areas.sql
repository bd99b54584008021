-- Areas: municipality (gemeente) → district (wijk) → neighbourhood (buurt), keyed by CBS code.
CREATE TABLE areas (
    id          BIGSERIAL PRIMARY KEY,
    code        TEXT   NOT NULL UNIQUE,
    kind        TEXT   NOT NULL CHECK (kind IN ('municipality', 'district', 'neighbourhood')),
    name        TEXT   NOT NULL,
    parent_id   BIGINT REFERENCES areas (id),
    geometry    TEXT,
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);
CREATE INDEX areas_parent ON areas (parent_id);
