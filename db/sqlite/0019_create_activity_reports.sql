-- What each body with a duty in a plan reports for a reporting period of the plan's calendar (half-year, year,
-- Action Month, GBV, plan): per activity a status, the outputs achieved (counts by sex) and the money spent by source,
-- and text for results, difficulties and proposals. A report goes through the same review as values (draft ->
-- submitted -> approved or returned; reopened by its reviewer); version is its ETag.

CREATE TABLE activity_reports (
    id            INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    plan_code     TEXT   NOT NULL REFERENCES plans (code),
    area_code     TEXT   NOT NULL REFERENCES areas (code),     -- the reporting body's area
    body_code     TEXT   NOT NULL,
    kind          TEXT   NOT NULL CHECK (kind IN ('half-year', 'year', 'action-month', 'gbv', 'mid-term', 'final', 'plan')),
    period        TEXT    NOT NULL,                            -- DHIS2 period id: 2024S1 (half-year), 2024 (the others)
    state         TEXT   NOT NULL CHECK (state IN ('draft', 'submitted', 'approved', 'returned')),
    version       INTEGER        NOT NULL,
    results       TEXT NULL,
    difficulties  TEXT NULL,
    proposals     TEXT NULL,
    entered_by    TEXT   NOT NULL,
    entered_at    TEXT   NOT NULL,
    submitted_by  TEXT   NULL,
    submitted_at  TEXT   NULL,
    reviewed_by   TEXT   NULL,
    reviewed_at   TEXT   NULL,
    comment       TEXT NULL,
    reopened      INTEGER        NOT NULL DEFAULT 0 CHECK (reopened IN (0, 1)),  -- open again after its lock date
    UNIQUE (plan_code, area_code, body_code, kind, period)
);

CREATE TABLE activity_report_items (
    report_id       INTEGER        NOT NULL REFERENCES activity_reports (id),
    activity_number TEXT   NOT NULL,
    status          TEXT   NOT NULL CHECK (status IN ('not-started', 'in-progress', 'done', 'postponed', 'cancelled')),
    note            TEXT NULL,
    PRIMARY KEY (report_id, activity_number)
);

CREATE TABLE activity_report_outputs (
    report_id       INTEGER      NOT NULL REFERENCES activity_reports (id),
    activity_number TEXT NOT NULL,
    output_number   INTEGER      NOT NULL,
    sex             TEXT  NOT NULL CHECK (sex IN ('F', 'M', '_T')),
    achieved        REAL      NOT NULL CHECK (achieved >= 0),
    PRIMARY KEY (report_id, activity_number, output_number, sex)
);

CREATE TABLE activity_report_spending (
    report_id       INTEGER      NOT NULL REFERENCES activity_reports (id),
    activity_number TEXT NOT NULL,
    source          TEXT NOT NULL CHECK (source IN ('central', 'provincial', 'other')),
    spent           REAL      NOT NULL CHECK (spent >= 0),          -- million VND
    PRIMARY KEY (report_id, activity_number, source)
);
