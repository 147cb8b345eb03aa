namespace EqualityTracker.Api.Domain;

/// <summary>The values a real quantity can take, per unit: anything outside is refused on every write path.</summary>
/// <remarks>
/// <para>These are bounds of possibility, not of plausibility (plausible ranges are flagged, see <see cref="Outliers"/>):
/// a count is at most 10^12 (a hundred times the world's population), a percentage 0–100, a yes/no 0 or 1, hours per
/// week 0–168; any other unit (ratios, rates per 1,000 or 100,000) is within ±10^12. Infinity and NaN are never values.</para>
/// <para>The database refuses values beyond ±10^12 too (migration 0014), so no write path can poison a roll-up; a
/// roll-up sums at most a few tens of thousands of such values, far from double's range.</para>
/// </remarks>
public static class ValueBounds
{
    public const double MaxMagnitude = 1e12;

    /// <summary>The smallest and largest value a quantity of this unit can take.</summary>
    public static (double Min, double Max) For(string unitCode) => unitCode switch
    {
        "count" => (0, MaxMagnitude),
        "percent" => (0, 100),
        "yes_no" => (0, 1),
        "hours_per_week" => (0, 168),
        _ => (-MaxMagnitude, MaxMagnitude),
    };

    /// <summary>True when <paramref name="value"/> is finite and within the unit's bounds.</summary>
    public static bool Within(string unitCode, double value)
    {
        if (!double.IsFinite(value))
        {
            return false;
        }

        var (min, max) = For(unitCode);
        return value >= min && value <= max;
    }
}
