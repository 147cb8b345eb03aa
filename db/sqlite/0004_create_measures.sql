-- What can be measured and how indicators are computed from it.
-- A measure is a raw quantity the statistics office supplies (live births by sex) or an indicator entered directly
-- (a survey percentage, whose measure code is the indicator's code). A formula computes an indicator as
-- factor × numerator[sex] / denominator[sex]; formulas are data, so the next plan's indicators are entered, not coded.

CREATE TABLE measures (
    code         TEXT    NOT NULL PRIMARY KEY,
    kind         TEXT    NOT NULL CHECK (kind IN ('raw', 'indicator')),
    name_vi      TEXT    NOT NULL,
    name_en      TEXT    NOT NULL,
    unit_code    TEXT    NOT NULL REFERENCES units (code),
    sexes        TEXT    NOT NULL,                       -- the SDMX sex codes it accepts: 'F,M,_T', '_T', ...
    aggregation  TEXT    NOT NULL CHECK (aggregation IN ('sum', 'none')),  -- 'none': averages, percentages
    integer_only INTEGER NOT NULL CHECK (integer_only IN (0, 1)),
    min_value    REAL    NULL,                           -- plausible range: values outside are flagged, not rejected
    max_value    REAL    NULL
);

CREATE TABLE indicator_formulas (
    indicator_code    TEXT    NOT NULL PRIMARY KEY REFERENCES indicators (code),
    factor            REAL    NOT NULL,
    numerator_code    TEXT    NOT NULL REFERENCES measures (code),
    numerator_sex     TEXT    NOT NULL,
    denominator_code  TEXT    NOT NULL REFERENCES measures (code),
    denominator_sex   TEXT    NOT NULL,
    numerator_bounded INTEGER NOT NULL CHECK (numerator_bounded IN (0, 1)),  -- 1: the numerator cannot exceed the denominator
    description_vi    TEXT    NOT NULL,
    description_en    TEXT    NOT NULL
);
