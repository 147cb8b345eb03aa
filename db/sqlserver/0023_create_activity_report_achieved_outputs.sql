-- Outputs a report says were ACHIEVED beyond those the plan lists for an activity (the Women's Union's Action Month
-- classes and their trainees by sex, a commune's extra meetings): each with its unit from the output units, a
-- description, the total count and, where the unit counts people, how many of them were women and men. Female plus
-- male never exceeds the total; what is left is people whose sex was not recorded. Counts are whole numbers.

CREATE TABLE activity_report_achieved_outputs (
    report_id       INT           NOT NULL REFERENCES activity_reports (id),
    activity_number NVARCHAR(40)  NOT NULL,
    position        INT           NOT NULL,
    unit            NVARCHAR(20)  NOT NULL CHECK (unit IN ('class', 'person', 'news-item', 'model', 'team', 'conference', 'event', 'document', 'broadcast', 'club', 'unit', 'other')),
    description     NVARCHAR(300) NOT NULL,
    total           INT           NOT NULL CHECK (total >= 0),
    female          INT           NULL CHECK (female >= 0),
    male            INT           NULL CHECK (male >= 0),
    CHECK (COALESCE(female, 0) + COALESCE(male, 0) <= total),
    PRIMARY KEY (report_id, activity_number, position)
);
