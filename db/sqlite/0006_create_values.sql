-- Values keyed by (measure, area, period, sex), and the uploads that wrote them.
-- Periods are DHIS2 ids ('2024', '2024S1', '2024Q3', '202405'); sexes SDMX codes ('F', 'M', '_T').
-- Instants are stored as ISO-8601 UTC text with a fixed 7-digit fraction, so they sort as text on both engines.

CREATE TABLE uploads (
    id          INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    file_name   TEXT    NOT NULL,
    uploaded_by TEXT    NOT NULL,
    uploaded_at TEXT    NOT NULL,
    dry_run     INTEGER NOT NULL CHECK (dry_run IN (0, 1)),
    status      TEXT    NOT NULL CHECK (status IN ('validated', 'imported', 'rejected')),
    row_count   INTEGER NOT NULL,
    inserted    INTEGER NOT NULL,
    updated     INTEGER NOT NULL,
    unchanged   INTEGER NOT NULL,
    rejected    INTEGER NOT NULL,
    flagged     INTEGER NOT NULL,
    blank       INTEGER NOT NULL
);

CREATE TABLE data_values (
    measure_code TEXT    NOT NULL REFERENCES measures (code),
    area_code    TEXT    NOT NULL REFERENCES areas (code),
    period       TEXT    NOT NULL,
    sex          TEXT    NOT NULL CHECK (sex IN ('F', 'M', '_T')),
    value        REAL    NOT NULL,
    note         TEXT    NULL,
    source       TEXT    NULL,                          -- 'demo' for generated demonstration data
    entered_by   TEXT    NOT NULL,
    entered_at   TEXT    NOT NULL,
    upload_id    INTEGER NULL REFERENCES uploads (id),
    PRIMARY KEY (measure_code, area_code, period, sex)
) WITHOUT ROWID;
CREATE INDEX ix_data_values_area ON data_values (area_code, measure_code);
