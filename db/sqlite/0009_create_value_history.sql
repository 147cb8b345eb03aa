-- Superseded versions of values: before a value changes or is deleted, its current row is copied here. With the
-- current row, they give every create, change and delete — who, when, old and new value, note, through which upload
-- or request — and the value as of any past instant. Nothing in the API updates or deletes these rows.

CREATE TABLE value_history (
    id            INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    measure_code  TEXT    NOT NULL,
    area_code     TEXT    NOT NULL,
    period        TEXT    NOT NULL,
    sex           TEXT    NOT NULL,
    version       INTEGER NOT NULL,
    value         REAL    NOT NULL,
    note          TEXT    NULL,
    deleted       INTEGER NOT NULL,
    state         TEXT    NOT NULL,
    entered_by    TEXT    NOT NULL,
    entered_at    TEXT    NOT NULL,
    upload_id     INTEGER NULL,
    request_id    TEXT    NULL,
    superseded_at TEXT    NOT NULL,
    UNIQUE (measure_code, area_code, period, sex, version)
);
