-- A plan period locks some days after its due date; the coordinating department can reopen it for one agency.

CREATE TABLE period_reopenings (
    plan_code   NVARCHAR(40) NOT NULL REFERENCES plans (code),
    period      NVARCHAR(8)  NOT NULL,
    agency_code NVARCHAR(16) NOT NULL REFERENCES agencies (code),
    reopened_by NVARCHAR(60) NOT NULL,
    reopened_at NVARCHAR(40) NOT NULL,
    PRIMARY KEY (plan_code, period, agency_code)
);
