-- A user may report for a body that is not a provincial agency (a town office, a district or commune People's
-- Committee): users.body_code names it, at the user's area. A department user needs an agency or a body.
-- SQLite cannot change a CHECK constraint in place, so the table is rebuilt with the same rows.

CREATE TABLE users_with_bodies (
    username      TEXT NOT NULL PRIMARY KEY,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('admin', 'statistics', 'department', 'leader')),
    display_name  TEXT NOT NULL,
    agency_code   TEXT NULL REFERENCES agencies (code),
    area_code     TEXT NULL REFERENCES areas (code),
    body_code     TEXT NULL,
    CHECK (role <> 'department' OR (area_code IS NOT NULL AND (agency_code IS NOT NULL OR body_code IS NOT NULL)))
);

INSERT INTO users_with_bodies (username, password_hash, role, display_name, agency_code, area_code)
SELECT username, password_hash, role, display_name, agency_code, area_code FROM users;

DROP TABLE users;
ALTER TABLE users_with_bodies RENAME TO users;
