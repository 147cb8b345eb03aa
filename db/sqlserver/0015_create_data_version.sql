-- The data version: one number that every write advances in its own transaction, so that every API process on this
-- database sees at once that cached answers are stale. It starts at a random number, so that an ETag made from a
-- version of another database (a restored or recreated one) never matches.
CREATE TABLE data_version (
    id      INT    NOT NULL PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);

INSERT INTO data_version (id, version) VALUES (1, 1 + ABS(CAST(CHECKSUM(NEWID()) AS BIGINT)));
