-- The other modules' figures for the monitor: counts per indicator, year and area code (records
-- and "hits", see kernel::indicators), recomputed by the job monitor.module_counts, and the number
-- of residents per area (CBS Kerncijfers wijken en buurten, entered by the programme team) for
-- figures per 1,000 residents. No personal data: counts only.
CREATE TABLE monitor_module_counts (
    indicator TEXT    NOT NULL,
    year      BIGINT  NOT NULL,
    area_code TEXT    NOT NULL,
    n         BIGINT  NOT NULL,
    hits      BIGINT  NOT NULL,
    PRIMARY KEY (indicator, year, area_code)
);
CREATE TABLE monitor_residents (
    area_code  TEXT    PRIMARY KEY,
    residents  BIGINT  NOT NULL CHECK (residents >= 0),
    year       BIGINT  NOT NULL,
    updated_at BIGINT  NOT NULL
);
