-- Uploads stage their checked rows before writing them in one short transaction.
-- On SQLite the staging table is a TEMP table of the upload's own connection (created by SqliteDialect.StagingSetup),
-- so staging a large file takes no write lock on this database. Nothing is created here; the script keeps the
-- numbering of both engines equal.
SELECT 1;
