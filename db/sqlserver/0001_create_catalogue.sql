-- The plans' catalogue: areas, agencies, domains, units, indicators, plans, objectives, targets and
-- the reporting calendar. Everything about a plan is data: the next plan is entered, never coded.

CREATE TABLE areas (
    code        NVARCHAR(16)  NOT NULL PRIMARY KEY,    -- GSO code ('37', '369', '14320'); 'VN' for the country
    parent_code NVARCHAR(16)  NULL REFERENCES areas (code),
    level       INT           NOT NULL,                -- depth below the country: 0 country, 1 province, ...
    kind_vi     NVARCHAR(60)  NOT NULL,                -- 'Tỉnh', 'Huyện', 'Phường', ... as GSO names it
    name_vi     NVARCHAR(200) NOT NULL,
    name_en     NVARCHAR(200) NOT NULL
);
CREATE INDEX ix_area_parent ON areas (parent_code);

CREATE TABLE agencies (
    code    NVARCHAR(16)  NOT NULL PRIMARY KEY,
    name_vi NVARCHAR(200) NOT NULL,
    name_en NVARCHAR(200) NOT NULL
);

CREATE TABLE domains (
    code    NVARCHAR(40)  NOT NULL PRIMARY KEY,
    name_vi NVARCHAR(200) NOT NULL,
    name_en NVARCHAR(200) NOT NULL,
    sort    INT           NOT NULL
);

CREATE TABLE units (
    code    NVARCHAR(40)  NOT NULL PRIMARY KEY,
    name_vi NVARCHAR(200) NOT NULL,
    name_en NVARCHAR(200) NOT NULL
);

CREATE TABLE indicators (
    code        NVARCHAR(60)  NOT NULL PRIMARY KEY,
    name_vi     NVARCHAR(400) NOT NULL,
    name_en     NVARCHAR(400) NOT NULL,
    domain_code NVARCHAR(40)  NOT NULL REFERENCES domains (code),
    unit_code   NVARCHAR(40)  NOT NULL REFERENCES units (code),
    direction   NVARCHAR(10)  NOT NULL CHECK (direction IN ('higher', 'lower')),
    decimals    INT           NOT NULL
);

CREATE TABLE plans (
    code           NVARCHAR(40)   NOT NULL PRIMARY KEY,
    kind           NVARCHAR(20)   NOT NULL CHECK (kind IN ('strategy', 'five-year', 'annual')),
    area_code      NVARCHAR(16)   NOT NULL REFERENCES areas (code),
    start_year     INT            NOT NULL,
    end_year       INT            NOT NULL,
    title_vi       NVARCHAR(400)  NOT NULL,
    title_en       NVARCHAR(400)  NOT NULL,
    legal_basis_vi NVARCHAR(2000) NOT NULL,
    legal_basis_en NVARCHAR(2000) NOT NULL,
    document_ref   NVARCHAR(200)  NULL,                -- plan number or seed file it was taken from
    CHECK (end_year >= start_year)
);
CREATE INDEX ix_plan_area ON plans (area_code);

CREATE TABLE objectives (
    plan_code   NVARCHAR(40)   NOT NULL REFERENCES plans (code),
    number      INT            NOT NULL,
    domain_code NVARCHAR(40)   NOT NULL REFERENCES domains (code),
    title_vi    NVARCHAR(1000) NOT NULL,
    title_en    NVARCHAR(1000) NOT NULL,
    PRIMARY KEY (plan_code, number)
);

CREATE TABLE targets (
    id               INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    plan_code        NVARCHAR(40)   NOT NULL,
    objective_number INT            NOT NULL,
    number           NVARCHAR(10)   NOT NULL,          -- '1', '2a', ... as the plan numbers it
    indicator_code   NVARCHAR(60)   NOT NULL REFERENCES indicators (code),
    comparator       NVARCHAR(2)    NOT NULL CHECK (comparator IN ('>=', '>', '<=', '<', '=')),
    value            DECIMAL(18, 4) NOT NULL,
    year             INT            NOT NULL,
    text_vi          NVARCHAR(1000) NOT NULL,
    text_en          NVARCHAR(1000) NOT NULL,
    source           NVARCHAR(400)  NULL,              -- where the target was read (seed file or URL)
    confidence       NVARCHAR(10)   NULL CHECK (confidence IN ('high', 'medium', 'low')),
    FOREIGN KEY (plan_code, objective_number) REFERENCES objectives (plan_code, number),
    UNIQUE (plan_code, objective_number, number, year)
);
CREATE INDEX ix_target_indicator ON targets (indicator_code);

CREATE TABLE target_agencies (
    target_id   INT          NOT NULL REFERENCES targets (id),
    agency_code NVARCHAR(16) NOT NULL REFERENCES agencies (code),
    role        NVARCHAR(20) NOT NULL CHECK (role IN ('lead', 'coordinating')),
    position    INT          NOT NULL,
    PRIMARY KEY (target_id, agency_code, role)
);
CREATE INDEX ix_target_agency_agency ON target_agencies (agency_code);

-- A plan's reporting calendar: yearly recurring dates (month/day, Asia/Ho_Chi_Minh) for each plan year.
-- A window (the Action Month) has an end date; a deadline has none.
CREATE TABLE reporting_events (
    plan_code   NVARCHAR(40)  NOT NULL REFERENCES plans (code),
    code        NVARCHAR(40)  NOT NULL,                -- 'half-year-report', 'annual-report', 'action-month', ...
    kind        NVARCHAR(10)  NOT NULL CHECK (kind IN ('deadline', 'window')),
    period_type NVARCHAR(10)  NULL CHECK (period_type IN ('half-year', 'year')),
    month       INT           NOT NULL CHECK (month BETWEEN 1 AND 12),
    day         INT           NOT NULL CHECK (day BETWEEN 1 AND 31),
    end_month   INT           NULL CHECK (end_month BETWEEN 1 AND 12),
    end_day     INT           NULL CHECK (end_day BETWEEN 1 AND 31),
    name_vi     NVARCHAR(200) NOT NULL,
    name_en     NVARCHAR(200) NOT NULL,
    PRIMARY KEY (plan_code, code)
);
