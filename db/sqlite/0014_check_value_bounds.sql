-- No stored value may be infinite or beyond ±10^12 (see Domain/ValueBounds.cs): the engine refuses it whatever
-- path writes it. SQLite cannot add a CHECK to an existing table, so triggers raise the same error on insert and update.
CREATE TRIGGER data_values_value_bounds_insert
BEFORE INSERT ON data_values
WHEN NOT (NEW.value BETWEEN -1e12 AND 1e12)
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: data_values.value must be finite and within ±1e12');
END;

CREATE TRIGGER data_values_value_bounds_update
BEFORE UPDATE OF value ON data_values
WHEN NOT (NEW.value BETWEEN -1e12 AND 1e12)
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: data_values.value must be finite and within ±1e12');
END;
