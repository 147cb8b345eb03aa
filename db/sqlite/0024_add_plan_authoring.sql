-- Plans written in the product. A plan is a draft until issued; issuing freezes a version, and an amendment opens the
-- next version as a draft while the issued one stays what everyone reads. The live tables (plans, objectives, targets,
-- activities, budget_lines, reporting_events…) always hold the issued version; a draft's whole content is a JSON
-- document in plan_drafts until it is issued, and every issued version's content is kept in plan_versions.

ALTER TABLE plans ADD COLUMN status TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('draft', 'issued'));  -- 'draft': never issued
ALTER TABLE plans ADD COLUMN version INTEGER NOT NULL DEFAULT 1;                -- the issued version readers see (0 while never issued)
ALTER TABLE plans ADD COLUMN implements_code TEXT NULL REFERENCES plans (code);  -- the plan it carries out: strategy → province → commune
ALTER TABLE plans ADD COLUMN decision_number TEXT NULL;                          -- the decision that issued the version readers see
ALTER TABLE plans ADD COLUMN decision_date TEXT NULL;                            -- ISO date, Viet Nam's calendar
ALTER TABLE plans ADD COLUMN issued_at TEXT NULL;
ALTER TABLE plans ADD COLUMN issued_by TEXT NULL;
ALTER TABLE plans ADD COLUMN created_at TEXT NULL;
ALTER TABLE plans ADD COLUMN created_by TEXT NULL;
CREATE INDEX ix_plan_implements ON plans (implements_code);

-- The seeded plans implement the national strategy in force when they were issued. Bỉm Sơn (381, a town of Thanh Hóa)
-- carried out Thanh Hóa's guidance, but there is no Thanh Hóa plan in the catalogue: it implements the strategy, and it
-- is listed under Thanh Hóa by its area (GET /api/plans?area=38&below=true).
UPDATE plans SET implements_code = 'VN-2011-2020' WHERE code IN ('QN-2011-2015', 'PT-2016-2020', 'TN-2017', 'BS-2018');
UPDATE plans SET implements_code = 'VN-2021-2030' WHERE code = 'NB-2021-2025';

-- Every issued version. content: the version's whole content as JSON (title, legal basis, objectives, targets, new
-- indicators, activities, budget lines, calendar, bodies); NULL for a seeded version, whose content is the live tables
-- until an amendment replaces them (the amendment first stores it here).
CREATE TABLE plan_versions (
    plan_code       TEXT    NOT NULL REFERENCES plans (code),
    version         INTEGER NOT NULL,
    decision_number TEXT    NULL,                     -- NULL for a seeded version whose decision is not recorded
    decision_date   TEXT    NULL,
    issued_at       TEXT    NULL,
    issued_by       TEXT    NULL,
    content         TEXT    NULL,
    PRIMARY KEY (plan_code, version)
);

INSERT INTO plan_versions (plan_code, version, decision_number, decision_date, issued_at, issued_by, content)
SELECT code, 1, NULL, NULL, NULL, NULL, NULL FROM plans;

-- The draft being written: a new plan's first version, or an amendment (version n + 1 of an issued plan). revision
-- makes the ETag that PUT needs in If-Match.
CREATE TABLE plan_drafts (
    plan_code       TEXT    NOT NULL PRIMARY KEY REFERENCES plans (code),
    version         INTEGER NOT NULL,
    decision_number TEXT    NULL,                     -- an amendment's decision number, given when it is opened
    revision        INTEGER NOT NULL,
    content         TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    created_by      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    updated_by      TEXT    NOT NULL
);

-- The catalogue version: advanced with the data version by every write that changes the catalogue (a plan issued, an
-- indicator or formula added), so every API process reloads its cached measures, formulas and areas.
ALTER TABLE data_version ADD COLUMN catalogue_version INTEGER NOT NULL DEFAULT 0;
