-- What a plan assigns besides its targets: the bodies with a duty (departments, district and commune People's
-- Committees, mass organisations, town offices — each tied to the area whose plan names it), the activities with
-- their lead and coordinating bodies, timing and planned outputs, each plan's reporting duties (who reports to whom,
-- by when), and the budget: planned amounts by line, year and source, beside the totals the document itself states.

CREATE TABLE bodies (
    area_code   TEXT  NOT NULL REFERENCES areas (code),
    code        TEXT  NOT NULL,
    kind        TEXT  NOT NULL CHECK (kind IN ('department', 'party', 'mass-organisation', 'district-committee', 'commune-committee', 'town-office', 'town-committee', 'group', 'other')),
    name_vi     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    agency_code TEXT  NULL REFERENCES agencies (code),  -- the provincial agency users of this body sign in as
    PRIMARY KEY (area_code, code)
);

CREATE TABLE activities (
    id               INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    plan_code        TEXT   NOT NULL REFERENCES plans (code),
    number           TEXT   NOT NULL,                    -- as the plan numbers it ('IV.1.2', 'III.2.5.4')
    domain_code      TEXT   NOT NULL REFERENCES domains (code),
    objective_number INTEGER        NULL,
    text_vi          TEXT NOT NULL,
    text_en          TEXT NOT NULL,
    timing           TEXT    NOT NULL CHECK (timing IN ('year', 'window', 'date', 'period')),
    start_date       TEXT   NOT NULL,                    -- ISO dates, Viet Nam's calendar
    end_date         TEXT   NOT NULL,
    due_date         TEXT   NULL,
    seed             TEXT  NOT NULL,                    -- the seed file, and the sentence the activity comes from
    seed_sentence    TEXT NOT NULL,
    UNIQUE (plan_code, number),
    FOREIGN KEY (plan_code, objective_number) REFERENCES objectives (plan_code, number)
);

CREATE TABLE activity_bodies (
    plan_code       TEXT NOT NULL,
    activity_number TEXT NOT NULL,
    area_code       TEXT NOT NULL,
    body_code       TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('lead', 'coordinating')),
    position        INTEGER      NOT NULL,
    PRIMARY KEY (plan_code, activity_number, body_code, role),
    FOREIGN KEY (plan_code, activity_number) REFERENCES activities (plan_code, number),
    FOREIGN KEY (area_code, body_code) REFERENCES bodies (area_code, code)
);
CREATE INDEX ix_activity_bodies_body ON activity_bodies (area_code, body_code);

CREATE TABLE activity_outputs (
    plan_code       TEXT   NOT NULL,
    activity_number TEXT   NOT NULL,
    number          INTEGER        NOT NULL,
    text_vi         TEXT NOT NULL,
    text_en         TEXT NOT NULL,
    quantity        REAL        NULL,                          -- planned count, when the plan states one
    unit            TEXT   NOT NULL CHECK (unit IN ('class', 'person', 'news-item', 'model', 'team', 'conference', 'event', 'document', 'broadcast', 'club', 'unit', 'other')),
    by_sex          INTEGER        NOT NULL CHECK (by_sex IN (0, 1)),  -- achieved counts are reported by sex
    per             TEXT   NULL,                          -- 'commune-quarter', 'year', ...
    communes        TEXT  NULL,                          -- GSO codes of the communes named, joined with '|'
    seed_sentence   TEXT NOT NULL,
    PRIMARY KEY (plan_code, activity_number, number),
    FOREIGN KEY (plan_code, activity_number) REFERENCES activities (plan_code, number)
);

CREATE TABLE reporting_duties (
    plan_code     TEXT   NOT NULL REFERENCES plans (code),
    code          TEXT   NOT NULL,
    reporter      TEXT   NOT NULL,                        -- a body code, 'ALL' (every body with a duty) or a collective
    recipient     TEXT   NULL,
    report_kind   TEXT   NOT NULL CHECK (report_kind IN ('half-year', 'year', 'action-month', 'gbv', 'mid-term', 'final', 'plan', 'ad-hoc')),
    month         INTEGER        NULL CHECK (month BETWEEN 1 AND 12),
    day           INTEGER        NULL CHECK (day BETWEEN 1 AND 31),
    end_month     INTEGER        NULL CHECK (end_month BETWEEN 1 AND 12),
    end_day       INTEGER        NULL CHECK (end_day BETWEEN 1 AND 31),
    period_type   TEXT   NULL CHECK (period_type IN ('half-year', 'year')),
    name_vi       TEXT  NOT NULL,
    name_en       TEXT  NOT NULL,
    seed_sentence TEXT NOT NULL,
    PRIMARY KEY (plan_code, code)
);

CREATE TABLE budget_lines (
    plan_code   TEXT  NOT NULL REFERENCES plans (code),
    line        TEXT  NOT NULL,                           -- 'I', 'I.1', ... as the table numbers it
    parent_line TEXT  NULL,
    title_vi    TEXT NOT NULL,
    lead_agency TEXT  NULL REFERENCES agencies (code),
    year        INTEGER       NOT NULL,
    source      TEXT  NOT NULL CHECK (source IN ('central', 'provincial', 'other')),
    planned     REAL       NOT NULL,                           -- million VND
    PRIMARY KEY (plan_code, line, year, source)
);

CREATE TABLE budget_stated_totals (
    id            INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    plan_code     TEXT   NOT NULL REFERENCES plans (code),
    scope         TEXT    NOT NULL CHECK (scope IN ('total', 'year', 'source', 'line')),
    year          INTEGER        NULL,
    source        TEXT   NULL CHECK (source IN ('central', 'provincial', 'other')),
    line          TEXT   NULL,
    stated        REAL        NOT NULL,                        -- million VND, as printed
    seed_sentence TEXT NOT NULL
);
