-- Plans written in the product. A plan is a draft until issued; issuing freezes a version, and an amendment opens the
-- next version as a draft while the issued one stays what everyone reads. The live tables (plans, objectives, targets,
-- activities, budget_lines, reporting_events…) always hold the issued version; a draft's whole content is a JSON
-- document in plan_drafts until it is issued, and every issued version's content is kept in plan_versions.

ALTER TABLE plans ADD
    status          NVARCHAR(8)   NOT NULL CONSTRAINT df_plans_status DEFAULT 'issued' CONSTRAINT ck_plans_status CHECK (status IN ('draft', 'issued')),
    version         INT           NOT NULL CONSTRAINT df_plans_version DEFAULT 1,
    implements_code NVARCHAR(40)  NULL CONSTRAINT fk_plans_implements REFERENCES plans (code),
    decision_number NVARCHAR(200) NULL,
    decision_date   NVARCHAR(10)  NULL,
    issued_at       NVARCHAR(40)  NULL,
    issued_by       NVARCHAR(100) NULL,
    created_at      NVARCHAR(40)  NULL,
    created_by      NVARCHAR(100) NULL;
GO

CREATE INDEX ix_plan_implements ON plans (implements_code);

-- The seeded plans implement the national strategy in force when they were issued. Bỉm Sơn (381, a town of Thanh Hóa)
-- carried out Thanh Hóa's guidance, but there is no Thanh Hóa plan in the catalogue: it implements the strategy, and it
-- is listed under Thanh Hóa by its area (GET /api/plans?area=38&below=true).
UPDATE plans SET implements_code = 'VN-2011-2020' WHERE code IN ('QN-2011-2015', 'PT-2016-2020', 'TN-2017', 'BS-2018');
UPDATE plans SET implements_code = 'VN-2021-2030' WHERE code = 'NB-2021-2025';

-- Every issued version. content: the version's whole content as JSON; NULL for a seeded version, whose content is the
-- live tables until an amendment replaces them (the amendment first stores it here).
CREATE TABLE plan_versions (
    plan_code       NVARCHAR(40)  NOT NULL REFERENCES plans (code),
    version         INT           NOT NULL,
    decision_number NVARCHAR(200) NULL,
    decision_date   NVARCHAR(10)  NULL,
    issued_at       NVARCHAR(40)  NULL,
    issued_by       NVARCHAR(100) NULL,
    content         NVARCHAR(MAX) NULL,
    PRIMARY KEY (plan_code, version)
);

INSERT INTO plan_versions (plan_code, version, decision_number, decision_date, issued_at, issued_by, content)
SELECT code, 1, NULL, NULL, NULL, NULL, NULL FROM plans;

-- The draft being written: a new plan's first version, or an amendment (version n + 1 of an issued plan).
CREATE TABLE plan_drafts (
    plan_code       NVARCHAR(40)  NOT NULL PRIMARY KEY REFERENCES plans (code),
    version         INT           NOT NULL,
    decision_number NVARCHAR(200) NULL,
    revision        INT           NOT NULL,
    content         NVARCHAR(MAX) NOT NULL,
    created_at      NVARCHAR(40)  NOT NULL,
    created_by      NVARCHAR(100) NOT NULL,
    updated_at      NVARCHAR(40)  NOT NULL,
    updated_by      NVARCHAR(100) NOT NULL
);

-- The catalogue version: advanced with the data version by every write that changes the catalogue.
ALTER TABLE data_version ADD catalogue_version BIGINT NOT NULL CONSTRAINT df_data_version_catalogue DEFAULT 0;
