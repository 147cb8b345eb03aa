-- Superseded versions of values: before a value changes or is deleted, its current row is copied here. With the
-- current row, they give every create, change and delete — who, when, old and new value, note, through which upload
-- or request — and the value as of any past instant. Nothing in the API updates or deletes these rows.

CREATE TABLE value_history (
    id            INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    measure_code  NVARCHAR(60)   NOT NULL,
    area_code     NVARCHAR(16)   NOT NULL,
    period        NVARCHAR(8)    NOT NULL,
    sex           NVARCHAR(2)    NOT NULL,
    version       INT            NOT NULL,
    value         FLOAT          NOT NULL,
    note          NVARCHAR(1000) NULL,
    deleted       INT            NOT NULL,
    state         NVARCHAR(10)   NOT NULL,
    entered_by    NVARCHAR(60)   NOT NULL,
    entered_at    NVARCHAR(40)   NOT NULL,
    upload_id     INT            NULL,
    request_id    NVARCHAR(64)   NULL,
    superseded_at NVARCHAR(40)   NOT NULL,
    UNIQUE (measure_code, area_code, period, sex, version)
);
