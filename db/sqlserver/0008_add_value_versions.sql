-- Every value gets a version (its ETag), a soft-delete flag, a review state, and the request that last wrote it.
-- Values already stored (uploads by the statistics office, demonstration data) count as approved.

ALTER TABLE data_values ADD
    version    INT          NOT NULL CONSTRAINT df_data_values_version DEFAULT 1,
    deleted    INT          NOT NULL CONSTRAINT df_data_values_deleted DEFAULT 0 CONSTRAINT ck_data_values_deleted CHECK (deleted IN (0, 1)),
    state      NVARCHAR(10) NOT NULL CONSTRAINT df_data_values_state DEFAULT 'approved'
               CONSTRAINT ck_data_values_state CHECK (state IN ('draft', 'submitted', 'approved', 'returned')),
    request_id NVARCHAR(64) NULL;
