-- Sign-in attempts, each recorded before its password is checked, so that every API process on this database counts
-- the same failures per name and per client address (Identity/SharedLoginThrottle.cs). An attempt is pending until it
-- ends failed or succeeded; a success marks the name's earlier failures cleared (the address keeps its count). Rows
-- older than the throttle's window are deleted as new attempts come.
CREATE TABLE login_attempts (
    id           INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    username     NVARCHAR(60)  NOT NULL,
    client       NVARCHAR(64)  NOT NULL,
    started_at   NVARCHAR(40)  NOT NULL,
    ended_at     NVARCHAR(40)  NULL,
    outcome      NVARCHAR(10)  NOT NULL CHECK (outcome IN ('pending', 'failed', 'succeeded')),
    name_cleared INT           NOT NULL CHECK (name_cleared IN (0, 1))
);
CREATE INDEX ix_login_attempts_username ON login_attempts (username, started_at);
CREATE INDEX ix_login_attempts_client ON login_attempts (client, started_at);
