-- A user may report for a body that is not a provincial agency (a town office, a district or commune People's
-- Committee): users.body_code names it, at the user's area. A department user needs an agency or a body, so the
-- unnamed CHECK of 0007 (which required an agency) is replaced by a named one.

ALTER TABLE users ADD body_code NVARCHAR(40) NULL;
GO

DECLARE @check sysname = (
    SELECT TOP (1) c.name FROM sys.check_constraints c
    WHERE c.parent_object_id = OBJECT_ID(N'users') AND c.definition LIKE N'%agency_code%');
DECLARE @drop NVARCHAR(400) = N'ALTER TABLE users DROP CONSTRAINT ' + QUOTENAME(@check);
IF @check IS NOT NULL
    EXEC (@drop);

ALTER TABLE users ADD CONSTRAINT ck_users_department_body
    CHECK (role <> 'department' OR (area_code IS NOT NULL AND (agency_code IS NOT NULL OR body_code IS NOT NULL)));
