-- Outputs a report says were ACHIEVED beyond those the plan lists for an activity (the Women's Union's Action Month
-- classes and their trainees by sex, a commune's extra meetings): each with its unit from the output units, a
-- description, the total count and, where the unit counts people, how many of them were women and men. Female plus
-- male never exceeds the total; what is left is people whose sex was not recorded. Counts are whole numbers.

CREATE TABLE activity_report_achieved_outputs (
    report_id       INTEGER NOT NULL REFERENCES activity_reports (id),
    activity_number TEXT    NOT NULL,
    position        INTEGER NOT NULL,
    unit            TEXT    NOT NULL CHECK (unit IN ('class', 'person', 'news-item', 'model', 'team', 'conference', 'event', 'document', 'broadcast', 'club', 'unit', 'other')),
    description     TEXT    NOT NULL,
    total           INTEGER NOT NULL CHECK (total >= 0),
    female          INTEGER NULL CHECK (female >= 0),
    male            INTEGER NULL CHECK (male >= 0),
    CHECK (COALESCE(female, 0) + COALESCE(male, 0) <= total),
    PRIMARY KEY (report_id, activity_number, position)
);
