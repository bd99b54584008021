-- A campaign's call to action (e.g. join an activity: a text and a link on this site or https),
-- and the team's own evaluation (sealed; shown to the team and the coordinator only).
ALTER TABLE youth_campaigns ADD COLUMN cta_text TEXT NOT NULL DEFAULT '';
ALTER TABLE youth_campaigns ADD COLUMN cta_url TEXT NOT NULL DEFAULT '';
ALTER TABLE youth_campaigns ADD COLUMN evaluation_sealed TEXT;
