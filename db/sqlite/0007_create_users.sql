-- People who sign in. A department user is bound to one agency and one area; passwords are stored as
-- ASP.NET Core PasswordHasher hashes, never in clear.

CREATE TABLE users (
    username      TEXT NOT NULL PRIMARY KEY,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('admin', 'statistics', 'department', 'leader')),
    display_name  TEXT NOT NULL,
    agency_code   TEXT NULL REFERENCES agencies (code),
    area_code     TEXT NULL REFERENCES areas (code),
    CHECK (role <> 'department' OR (agency_code IS NOT NULL AND area_code IS NOT NULL))
);
