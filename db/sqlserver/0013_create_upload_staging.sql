-- Uploads stage their checked rows before writing them in one short transaction: each upload's rows carry its own
-- token, so concurrent uploads never read or lock each other's rows.
CREATE TABLE upload_staging (
    token        NVARCHAR(32)   NOT NULL,
    row_number   INT            NOT NULL,
    measure_code NVARCHAR(60)   NOT NULL,
    area_code    NVARCHAR(16)   NOT NULL,
    period       NVARCHAR(8)    NOT NULL,
    sex          NVARCHAR(2)    NOT NULL,
    value        FLOAT          NOT NULL,
    note         NVARCHAR(1000) NULL,
    confirmed    INT            NOT NULL,
    PRIMARY KEY (token, measure_code, area_code, period, sex)
);
