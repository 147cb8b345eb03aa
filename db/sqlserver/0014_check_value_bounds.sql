-- No stored value may be beyond ±10^12 (see Domain/ValueBounds.cs): the engine refuses it whatever path writes it.
-- (SQL Server's FLOAT cannot hold infinity or NaN at all.)
ALTER TABLE data_values WITH CHECK ADD CONSTRAINT ck_data_values_value_bounds CHECK (value BETWEEN -1e12 AND 1e12);
