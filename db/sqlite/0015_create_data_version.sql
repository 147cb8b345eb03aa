-- The data version: one number that every write advances in its own transaction, so that every API process on this
-- database sees at once that cached answers are stale. It starts at a random number, so that an ETag made from a
-- version of another database (a restored or recreated file) never matches.
CREATE TABLE data_version (
    id      INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);

INSERT INTO data_version (id, version) VALUES (1, 1 + abs(random() % 1000000000000));
