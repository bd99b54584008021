-- A venue belongs to an organisation (NULL: the programme's own, managed by coordinators). Only
-- its organisation changes it or its photo; another organisation can still hold activities there.
ALTER TABLE venues ADD COLUMN organisation_id BIGINT REFERENCES organisations (id);
CREATE INDEX venues_organisation ON venues (organisation_id);
CREATE INDEX activities_organisation ON activities (organisation_id, starts_at);
