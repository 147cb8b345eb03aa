-- A department's submission of one plan period's values for review by the coordinating department, and the
-- coordinator's decision (approved, or returned with a comment).

CREATE TABLE submissions (
    id           INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    plan_code    TEXT    NOT NULL REFERENCES plans (code),
    period       TEXT    NOT NULL,
    agency_code  TEXT    NOT NULL REFERENCES agencies (code),
    area_code    TEXT    NOT NULL REFERENCES areas (code),
    status       TEXT    NOT NULL CHECK (status IN ('submitted', 'approved', 'returned')),
    submitted_by TEXT    NOT NULL,
    submitted_at TEXT    NOT NULL,
    reviewed_by  TEXT    NULL,
    reviewed_at  TEXT    NULL,
    comment      TEXT    NULL
);
CREATE INDEX ix_submissions_plan_period ON submissions (plan_code, period, agency_code);
