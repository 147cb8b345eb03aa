-- What a plan assigns besides its targets: the bodies with a duty (departments, district and commune People's
-- Committees, mass organisations, town offices — each tied to the area whose plan names it), the activities with
-- their lead and coordinating bodies, timing and planned outputs, each plan's reporting duties (who reports to whom,
-- by when), and the budget: planned amounts by line, year and source, beside the totals the document itself states.

CREATE TABLE bodies (
    area_code   NVARCHAR(16)  NOT NULL REFERENCES areas (code),
    code        NVARCHAR(40)  NOT NULL,
    kind        NVARCHAR(24)  NOT NULL CHECK (kind IN ('department', 'party', 'mass-organisation', 'district-committee', 'commune-committee', 'town-office', 'town-committee', 'group', 'other')),
    name_vi     NVARCHAR(300) NOT NULL,
    name_en     NVARCHAR(300) NOT NULL,
    agency_code NVARCHAR(16)  NULL REFERENCES agencies (code),  -- the provincial agency users of this body sign in as
    PRIMARY KEY (area_code, code)
);

CREATE TABLE activities (
    id               INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    plan_code        NVARCHAR(40)   NOT NULL REFERENCES plans (code),
    number           NVARCHAR(40)   NOT NULL,                    -- as the plan numbers it ('IV.1.2', 'III.2.5.4')
    domain_code      NVARCHAR(40)   NOT NULL REFERENCES domains (code),
    objective_number INT        NULL,
    text_vi          NVARCHAR(4000) NOT NULL,
    text_en          NVARCHAR(4000) NOT NULL,
    timing           NVARCHAR(8)    NOT NULL CHECK (timing IN ('year', 'window', 'date', 'period')),
    start_date       NVARCHAR(10)   NOT NULL,                    -- ISO dates, Viet Nam's calendar
    end_date         NVARCHAR(10)   NOT NULL,
    due_date         NVARCHAR(10)   NULL,
    seed             NVARCHAR(100)  NOT NULL,                    -- the seed file, and the sentence the activity comes from
    seed_sentence    NVARCHAR(4000) NOT NULL,
    UNIQUE (plan_code, number),
    FOREIGN KEY (plan_code, objective_number) REFERENCES objectives (plan_code, number)
);

CREATE TABLE activity_bodies (
    plan_code       NVARCHAR(40) NOT NULL,
    activity_number NVARCHAR(40) NOT NULL,
    area_code       NVARCHAR(16) NOT NULL,
    body_code       NVARCHAR(40) NOT NULL,
    role            NVARCHAR(12) NOT NULL CHECK (role IN ('lead', 'coordinating')),
    position        INT      NOT NULL,
    PRIMARY KEY (plan_code, activity_number, body_code, role),
    FOREIGN KEY (plan_code, activity_number) REFERENCES activities (plan_code, number),
    FOREIGN KEY (area_code, body_code) REFERENCES bodies (area_code, code)
);
CREATE INDEX ix_activity_bodies_body ON activity_bodies (area_code, body_code);

CREATE TABLE activity_outputs (
    plan_code       NVARCHAR(40)   NOT NULL,
    activity_number NVARCHAR(40)   NOT NULL,
    number          INT        NOT NULL,
    text_vi         NVARCHAR(4000) NOT NULL,
    text_en         NVARCHAR(4000) NOT NULL,
    quantity        FLOAT        NULL,                          -- planned count, when the plan states one
    unit            NVARCHAR(16)   NOT NULL CHECK (unit IN ('class', 'person', 'news-item', 'model', 'team', 'conference', 'event', 'document', 'broadcast', 'club', 'unit', 'other')),
    by_sex          INT        NOT NULL CHECK (by_sex IN (0, 1)),  -- achieved counts are reported by sex
    per             NVARCHAR(40)   NULL,                          -- 'commune-quarter', 'year', ...
    communes        NVARCHAR(400)  NULL,                          -- GSO codes of the communes named, joined with '|'
    seed_sentence   NVARCHAR(4000) NOT NULL,
    PRIMARY KEY (plan_code, activity_number, number),
    FOREIGN KEY (plan_code, activity_number) REFERENCES activities (plan_code, number)
);

CREATE TABLE reporting_duties (
    plan_code     NVARCHAR(40)   NOT NULL REFERENCES plans (code),
    code          NVARCHAR(60)   NOT NULL,
    reporter      NVARCHAR(40)   NOT NULL,                        -- a body code, 'ALL' (every body with a duty) or a collective
    recipient     NVARCHAR(40)   NULL,
    report_kind   NVARCHAR(16)   NOT NULL CHECK (report_kind IN ('half-year', 'year', 'action-month', 'gbv', 'mid-term', 'final', 'plan', 'ad-hoc')),
    month         INT        NULL CHECK (month BETWEEN 1 AND 12),
    day           INT        NULL CHECK (day BETWEEN 1 AND 31),
    end_month     INT        NULL CHECK (end_month BETWEEN 1 AND 12),
    end_day       INT        NULL CHECK (end_day BETWEEN 1 AND 31),
    period_type   NVARCHAR(12)   NULL CHECK (period_type IN ('half-year', 'year')),
    name_vi       NVARCHAR(400)  NOT NULL,
    name_en       NVARCHAR(400)  NOT NULL,
    seed_sentence NVARCHAR(4000) NOT NULL,
    PRIMARY KEY (plan_code, code)
);

CREATE TABLE budget_lines (
    plan_code   NVARCHAR(40)  NOT NULL REFERENCES plans (code),
    line        NVARCHAR(16)  NOT NULL,                           -- 'I', 'I.1', ... as the table numbers it
    parent_line NVARCHAR(16)  NULL,
    title_vi    NVARCHAR(400) NOT NULL,
    lead_agency NVARCHAR(16)  NULL REFERENCES agencies (code),
    year        INT       NOT NULL,
    source      NVARCHAR(12)  NOT NULL CHECK (source IN ('central', 'provincial', 'other')),
    planned     FLOAT       NOT NULL,                           -- million VND
    PRIMARY KEY (plan_code, line, year, source)
);

CREATE TABLE budget_stated_totals (
    id            INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    plan_code     NVARCHAR(40)   NOT NULL REFERENCES plans (code),
    scope         NVARCHAR(8)    NOT NULL CHECK (scope IN ('total', 'year', 'source', 'line')),
    year          INT        NULL,
    source        NVARCHAR(12)   NULL CHECK (source IN ('central', 'provincial', 'other')),
    line          NVARCHAR(16)   NULL,
    stated        FLOAT        NOT NULL,                        -- million VND, as printed
    seed_sentence NVARCHAR(4000) NOT NULL
);
