-- What each body with a duty in a plan reports for a reporting period of the plan's calendar (half-year, year,
-- Action Month, GBV, plan): per activity a status, the outputs achieved (counts by sex) and the money spent by source,
-- and text for results, difficulties and proposals. A report goes through the same review as values (draft ->
-- submitted -> approved or returned; reopened by its reviewer); version is its ETag.

CREATE TABLE activity_reports (
    id            INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    plan_code     NVARCHAR(40)   NOT NULL REFERENCES plans (code),
    area_code     NVARCHAR(16)   NOT NULL REFERENCES areas (code),     -- the reporting body's area
    body_code     NVARCHAR(40)   NOT NULL,
    kind          NVARCHAR(16)   NOT NULL CHECK (kind IN ('half-year', 'year', 'action-month', 'gbv', 'mid-term', 'final', 'plan')),
    period        NVARCHAR(8)    NOT NULL,                            -- DHIS2 period id: 2024S1 (half-year), 2024 (the others)
    state         NVARCHAR(10)   NOT NULL CHECK (state IN ('draft', 'submitted', 'approved', 'returned')),
    version       INT        NOT NULL,
    results       NVARCHAR(4000) NULL,
    difficulties  NVARCHAR(4000) NULL,
    proposals     NVARCHAR(4000) NULL,
    entered_by    NVARCHAR(60)   NOT NULL,
    entered_at    NVARCHAR(40)   NOT NULL,
    submitted_by  NVARCHAR(60)   NULL,
    submitted_at  NVARCHAR(40)   NULL,
    reviewed_by   NVARCHAR(60)   NULL,
    reviewed_at   NVARCHAR(40)   NULL,
    comment       NVARCHAR(1000) NULL,
    reopened      INT        NOT NULL DEFAULT 0 CHECK (reopened IN (0, 1)),  -- open again after its lock date
    UNIQUE (plan_code, area_code, body_code, kind, period)
);

CREATE TABLE activity_report_items (
    report_id       INT        NOT NULL REFERENCES activity_reports (id),
    activity_number NVARCHAR(40)   NOT NULL,
    status          NVARCHAR(12)   NOT NULL CHECK (status IN ('not-started', 'in-progress', 'done', 'postponed', 'cancelled')),
    note            NVARCHAR(2000) NULL,
    PRIMARY KEY (report_id, activity_number)
);

CREATE TABLE activity_report_outputs (
    report_id       INT      NOT NULL REFERENCES activity_reports (id),
    activity_number NVARCHAR(40) NOT NULL,
    output_number   INT      NOT NULL,
    sex             NVARCHAR(2)  NOT NULL CHECK (sex IN ('F', 'M', '_T')),
    achieved        FLOAT      NOT NULL CHECK (achieved >= 0),
    PRIMARY KEY (report_id, activity_number, output_number, sex)
);

CREATE TABLE activity_report_spending (
    report_id       INT      NOT NULL REFERENCES activity_reports (id),
    activity_number NVARCHAR(40) NOT NULL,
    source          NVARCHAR(12) NOT NULL CHECK (source IN ('central', 'provincial', 'other')),
    spent           FLOAT      NOT NULL CHECK (spent >= 0),          -- million VND
    PRIMARY KEY (report_id, activity_number, source)
);
