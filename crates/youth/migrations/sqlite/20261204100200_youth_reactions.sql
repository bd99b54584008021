-- Residents' reactions to a published campaign, moderated as in the agreements module: anyone
-- logged in flags a reaction; after 3 flags it is hidden until the coordinator decides (keep,
-- or hide with a reason the author is told). One support per person per campaign. Views are
-- counted per campaign and day, without cookies or any person.
CREATE TABLE youth_reactions (
    id            INTEGER PRIMARY KEY,
    campaign_id   INTEGER NOT NULL REFERENCES youth_campaigns (id) ON DELETE CASCADE,
    author_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body          TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    kept_at       INTEGER,
    hidden_at     INTEGER,
    hidden_reason TEXT    NOT NULL DEFAULT '',
    hidden_by     INTEGER REFERENCES users (id)
);
CREATE INDEX youth_reactions_campaign ON youth_reactions (campaign_id);
CREATE TABLE youth_reaction_flags (
    reaction_id INTEGER NOT NULL REFERENCES youth_reactions (id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    reason      TEXT    NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (reaction_id, user_id)
);
CREATE TABLE youth_supports (
    campaign_id INTEGER NOT NULL REFERENCES youth_campaigns (id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, user_id)
);
CREATE TABLE youth_views (
    campaign_id INTEGER NOT NULL REFERENCES youth_campaigns (id) ON DELETE CASCADE,
    day         TEXT    NOT NULL,
    views       INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, day)
);
