-- What can be measured and how indicators are computed from it.
-- A measure is a raw quantity the statistics office supplies (live births by sex) or an indicator entered directly
-- (a survey percentage, whose measure code is the indicator's code). A formula computes an indicator as
-- factor × numerator[sex] / denominator[sex]; formulas are data, so the next plan's indicators are entered, not coded.

CREATE TABLE measures (
    code         NVARCHAR(60)   NOT NULL PRIMARY KEY,
    kind         NVARCHAR(10)   NOT NULL CHECK (kind IN ('raw', 'indicator')),
    name_vi      NVARCHAR(400)  NOT NULL,
    name_en      NVARCHAR(400)  NOT NULL,
    unit_code    NVARCHAR(40)   NOT NULL REFERENCES units (code),
    sexes        NVARCHAR(20)   NOT NULL,                       -- the SDMX sex codes it accepts: 'F,M,_T', '_T', ...
    aggregation  NVARCHAR(10)   NOT NULL CHECK (aggregation IN ('sum', 'none')),  -- 'none': averages, percentages
    integer_only INT            NOT NULL CHECK (integer_only IN (0, 1)),
    min_value    FLOAT          NULL,                           -- plausible range: values outside are flagged, not rejected
    max_value    FLOAT          NULL
);

CREATE TABLE indicator_formulas (
    indicator_code    NVARCHAR(60)   NOT NULL PRIMARY KEY REFERENCES indicators (code),
    factor            FLOAT          NOT NULL,
    numerator_code    NVARCHAR(60)   NOT NULL REFERENCES measures (code),
    numerator_sex     NVARCHAR(2)    NOT NULL,
    denominator_code  NVARCHAR(60)   NOT NULL REFERENCES measures (code),
    denominator_sex   NVARCHAR(2)    NOT NULL,
    numerator_bounded INT            NOT NULL CHECK (numerator_bounded IN (0, 1)),  -- 1: the numerator cannot exceed the denominator
    description_vi    NVARCHAR(1000) NOT NULL,
    description_en    NVARCHAR(1000) NOT NULL
);
