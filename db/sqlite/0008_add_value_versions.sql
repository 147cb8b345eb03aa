-- Every value gets a version (its ETag), a soft-delete flag, a review state, and the request that last wrote it.
-- Values already stored (uploads by the statistics office, demonstration data) count as approved.

ALTER TABLE data_values ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE data_values ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1));
ALTER TABLE data_values ADD COLUMN state TEXT NOT NULL DEFAULT 'approved' CHECK (state IN ('draft', 'submitted', 'approved', 'returned'));
ALTER TABLE data_values ADD COLUMN request_id TEXT NULL;
