-- The plans' catalogue: areas, agencies, domains, units, indicators, plans, objectives, targets and
-- the reporting calendar. Everything about a plan is data: the next plan is entered, never coded.

CREATE TABLE areas (
    code        TEXT    NOT NULL PRIMARY KEY,          -- GSO code ('37', '369', '14320'); 'VN' for the country
    parent_code TEXT    NULL REFERENCES areas (code),
    level       INTEGER NOT NULL,                      -- depth below the country: 0 country, 1 province, ...
    kind_vi     TEXT    NOT NULL,                      -- 'Tỉnh', 'Huyện', 'Phường', ... as GSO names it
    name_vi     TEXT    NOT NULL,
    name_en     TEXT    NOT NULL
);
CREATE INDEX ix_area_parent ON areas (parent_code);

CREATE TABLE agencies (
    code    TEXT NOT NULL PRIMARY KEY,
    name_vi TEXT NOT NULL,
    name_en TEXT NOT NULL
);

CREATE TABLE domains (
    code    TEXT    NOT NULL PRIMARY KEY,
    name_vi TEXT    NOT NULL,
    name_en TEXT    NOT NULL,
    sort    INTEGER NOT NULL
);

CREATE TABLE units (
    code    TEXT NOT NULL PRIMARY KEY,
    name_vi TEXT NOT NULL,
    name_en TEXT NOT NULL
);

CREATE TABLE indicators (
    code        TEXT    NOT NULL PRIMARY KEY,
    name_vi     TEXT    NOT NULL,
    name_en     TEXT    NOT NULL,
    domain_code TEXT    NOT NULL REFERENCES domains (code),
    unit_code   TEXT    NOT NULL REFERENCES units (code),
    direction   TEXT    NOT NULL CHECK (direction IN ('higher', 'lower')),
    decimals    INTEGER NOT NULL
);

CREATE TABLE plans (
    code           TEXT    NOT NULL PRIMARY KEY,
    kind           TEXT    NOT NULL CHECK (kind IN ('strategy', 'five-year', 'annual')),
    area_code      TEXT    NOT NULL REFERENCES areas (code),
    start_year     INTEGER NOT NULL,
    end_year       INTEGER NOT NULL,
    title_vi       TEXT    NOT NULL,
    title_en       TEXT    NOT NULL,
    legal_basis_vi TEXT    NOT NULL,
    legal_basis_en TEXT    NOT NULL,
    document_ref   TEXT    NULL,                       -- plan number or seed file it was taken from
    CHECK (end_year >= start_year)
);
CREATE INDEX ix_plan_area ON plans (area_code);

CREATE TABLE objectives (
    plan_code   TEXT    NOT NULL REFERENCES plans (code),
    number      INTEGER NOT NULL,
    domain_code TEXT    NOT NULL REFERENCES domains (code),
    title_vi    TEXT    NOT NULL,
    title_en    TEXT    NOT NULL,
    PRIMARY KEY (plan_code, number)
);

CREATE TABLE targets (
    id               INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    plan_code        TEXT    NOT NULL,
    objective_number INTEGER NOT NULL,
    number           TEXT    NOT NULL,                 -- '1', '2a', ... as the plan numbers it
    indicator_code   TEXT    NOT NULL REFERENCES indicators (code),
    comparator       TEXT    NOT NULL CHECK (comparator IN ('>=', '>', '<=', '<', '=')),
    value            REAL    NOT NULL,
    year             INTEGER NOT NULL,
    text_vi          TEXT    NOT NULL,
    text_en          TEXT    NOT NULL,
    source           TEXT    NULL,                     -- where the target was read (seed file or URL)
    confidence       TEXT    NULL CHECK (confidence IN ('high', 'medium', 'low')),
    FOREIGN KEY (plan_code, objective_number) REFERENCES objectives (plan_code, number),
    UNIQUE (plan_code, objective_number, number, year)
);
CREATE INDEX ix_target_indicator ON targets (indicator_code);

CREATE TABLE target_agencies (
    target_id   INTEGER NOT NULL REFERENCES targets (id),
    agency_code TEXT    NOT NULL REFERENCES agencies (code),
    role        TEXT    NOT NULL CHECK (role IN ('lead', 'coordinating')),
    position    INTEGER NOT NULL,
    PRIMARY KEY (target_id, agency_code, role)
);
CREATE INDEX ix_target_agency_agency ON target_agencies (agency_code);

-- A plan's reporting calendar: yearly recurring dates (month/day, Asia/Ho_Chi_Minh) for each plan year.
-- A window (the Action Month) has an end date; a deadline has none.
CREATE TABLE reporting_events (
    plan_code   TEXT    NOT NULL REFERENCES plans (code),
    code        TEXT    NOT NULL,                      -- 'half-year-report', 'annual-report', 'action-month', ...
    kind        TEXT    NOT NULL CHECK (kind IN ('deadline', 'window')),
    period_type TEXT    NULL CHECK (period_type IN ('half-year', 'year')),  -- the reporting period it closes, if any
    month       INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    day         INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31),
    end_month   INTEGER NULL CHECK (end_month BETWEEN 1 AND 12),
    end_day     INTEGER NULL CHECK (end_day BETWEEN 1 AND 31),
    name_vi     TEXT    NOT NULL,
    name_en     TEXT    NOT NULL,
    PRIMARY KEY (plan_code, code)
);
