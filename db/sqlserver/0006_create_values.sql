-- Values keyed by (measure, area, period, sex), and the uploads that wrote them.
-- Periods are DHIS2 ids ('2024', '2024S1', '2024Q3', '202405'); sexes SDMX codes ('F', 'M', '_T').
-- Instants are stored as ISO-8601 UTC text with a fixed 7-digit fraction, so they sort as text on both engines.

CREATE TABLE uploads (
    id          INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    file_name   NVARCHAR(260) NOT NULL,
    uploaded_by NVARCHAR(60)  NOT NULL,
    uploaded_at NVARCHAR(40)  NOT NULL,
    dry_run     INT           NOT NULL CHECK (dry_run IN (0, 1)),
    status      NVARCHAR(10)  NOT NULL CHECK (status IN ('validated', 'imported', 'rejected')),
    row_count   INT           NOT NULL,
    inserted    INT           NOT NULL,
    updated     INT           NOT NULL,
    unchanged   INT           NOT NULL,
    rejected    INT           NOT NULL,
    flagged     INT           NOT NULL,
    blank       INT           NOT NULL
);

CREATE TABLE data_values (
    measure_code NVARCHAR(60)   NOT NULL REFERENCES measures (code),
    area_code    NVARCHAR(16)   NOT NULL REFERENCES areas (code),
    period       NVARCHAR(8)    NOT NULL,
    sex          NVARCHAR(2)    NOT NULL CHECK (sex IN ('F', 'M', '_T')),
    value        FLOAT          NOT NULL,
    note         NVARCHAR(1000) NULL,
    source       NVARCHAR(200)  NULL,                   -- 'demo' for generated demonstration data
    entered_by   NVARCHAR(60)   NOT NULL,
    entered_at   NVARCHAR(40)   NOT NULL,
    upload_id    INT            NULL REFERENCES uploads (id),
    PRIMARY KEY (measure_code, area_code, period, sex)
);
CREATE INDEX ix_data_values_area ON data_values (area_code, measure_code);
