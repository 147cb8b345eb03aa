-- A target may state its own baseline (year and value) instead of the one the progress engine finds in the data.

ALTER TABLE targets ADD COLUMN baseline_year INTEGER NULL;
ALTER TABLE targets ADD COLUMN baseline_value REAL NULL;
