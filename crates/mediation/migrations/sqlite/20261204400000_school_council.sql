-- De Vreedzame School: meetings of a school's children's council per month (a count, no names).
ALTER TABLE mediation_school_counts ADD COLUMN council_meetings INTEGER NOT NULL DEFAULT 0 CHECK (council_meetings >= 0);
