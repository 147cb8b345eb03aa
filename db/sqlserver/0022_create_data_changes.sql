-- What each write changed, by area and period, under the data version it committed: a process that keeps the national
-- roll-up sums (Features/Values/RollUpSums.cs) brings them from one version to the next by recomputing only the parent
-- areas whose children changed. A write that does not say what it changed records one row without an area: everything.
-- Rows of old versions are deleted as writes come.
CREATE TABLE data_changes (
    version   BIGINT       NOT NULL,
    area_code NVARCHAR(16) NULL,
    period    NVARCHAR(8)  NULL
);
CREATE INDEX ix_data_changes_version ON data_changes (version);
