-- What each write changed, by area and period, under the data version it committed: a process that keeps the national
-- roll-up sums (Features/Values/RollUpSums.cs) brings them from one version to the next by recomputing only the parent
-- areas whose children changed. A write that does not say what it changed records one row without an area: everything.
-- Rows of old versions are deleted as writes come.
CREATE TABLE data_changes (
    version   INTEGER NOT NULL,
    area_code TEXT    NULL,
    period    TEXT    NULL
);
CREATE INDEX ix_data_changes_version ON data_changes (version);
