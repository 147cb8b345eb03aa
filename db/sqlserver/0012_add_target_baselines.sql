-- A target may state its own baseline (year and value) instead of the one the progress engine finds in the data.

ALTER TABLE targets ADD
    baseline_year  INT   NULL,
    baseline_value FLOAT NULL;
