-- Links of a case to where it came from: the organisation that referred it (whose systems may
-- read the case's metadata through the API) and the meldpunt report it was converted from
-- (at most one case per report).
ALTER TABLE mediation_cases ADD COLUMN referrer_organisation_id BIGINT REFERENCES organisations (id);
ALTER TABLE mediation_cases ADD COLUMN report_ref TEXT;
CREATE UNIQUE INDEX mediation_cases_report ON mediation_cases (report_ref);
CREATE INDEX mediation_cases_referrer_organisation ON mediation_cases (referrer_organisation_id);
