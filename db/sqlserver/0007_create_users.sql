-- People who sign in. A department user is bound to one agency and one area; passwords are stored as
-- ASP.NET Core PasswordHasher hashes, never in clear.

CREATE TABLE users (
    username      NVARCHAR(60)  NOT NULL PRIMARY KEY,
    password_hash NVARCHAR(400) NOT NULL,
    role          NVARCHAR(20)  NOT NULL CHECK (role IN ('admin', 'statistics', 'department', 'leader')),
    display_name  NVARCHAR(200) NOT NULL,
    agency_code   NVARCHAR(16)  NULL REFERENCES agencies (code),
    area_code     NVARCHAR(16)  NULL REFERENCES areas (code),
    CHECK (role <> 'department' OR (agency_code IS NOT NULL AND area_code IS NOT NULL))
);
