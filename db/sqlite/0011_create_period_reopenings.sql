-- A plan period locks some days after its due date; the coordinating department can reopen it for one agency.

CREATE TABLE period_reopenings (
    plan_code   TEXT NOT NULL REFERENCES plans (code),
    period      TEXT NOT NULL,
    agency_code TEXT NOT NULL REFERENCES agencies (code),
    reopened_by TEXT NOT NULL,
    reopened_at TEXT NOT NULL,
    PRIMARY KEY (plan_code, period, agency_code)
);
