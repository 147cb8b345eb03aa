-- A department's submission of one plan period's values for review by the coordinating department, and the
-- coordinator's decision (approved, or returned with a comment).

CREATE TABLE submissions (
    id           INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    plan_code    NVARCHAR(40)   NOT NULL REFERENCES plans (code),
    period       NVARCHAR(8)    NOT NULL,
    agency_code  NVARCHAR(16)   NOT NULL REFERENCES agencies (code),
    area_code    NVARCHAR(16)   NOT NULL REFERENCES areas (code),
    status       NVARCHAR(10)   NOT NULL CHECK (status IN ('submitted', 'approved', 'returned')),
    submitted_by NVARCHAR(60)   NOT NULL,
    submitted_at NVARCHAR(40)   NOT NULL,
    reviewed_by  NVARCHAR(60)   NULL,
    reviewed_at  NVARCHAR(40)   NULL,
    comment      NVARCHAR(1000) NULL
);
CREATE INDEX ix_submissions_plan_period ON submissions (plan_code, period, agency_code);
