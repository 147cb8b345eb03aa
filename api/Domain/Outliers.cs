namespace EqualityTracker.Api.Domain;

/// <summary>Values worth a second look: outside a measure's plausible range, or far from the rest of their series.</summary>
/// <remarks>
/// Flagged values are imported all the same: an unusual year may be real. The z-score compares a value with the
/// other values of its series (same measure, area, sex and period length), leaving the value itself out so that
/// one wild number cannot hide itself by inflating the spread; it needs at least three other values that differ.
/// </remarks>
public static class Outliers
{
    public const double ZLimit = 3;

    public static RowIssue? OutsideRange(ValidRow row)
    {
        var (min, max) = (row.Measure.MinValue, row.Measure.MaxValue);
        if ((min is { } lo && row.Value < lo) || (max is { } hi && row.Value > hi))
        {
            return new RowIssue(row.Row, "value", NumberText.Format(row.Value), "outside-plausible-range",
                $"Giá trị {NumberText.Format(row.Value)} nằm ngoài khoảng hợp lý {min}–{max} của '{row.Measure.Code}'.",
                $"Value {NumberText.Format(row.Value)} is outside the plausible range {min}–{max} of '{row.Measure.Code}'.");
        }

        return null;
    }

    /// <summary>The z-score of <paramref name="value"/> against <paramref name="others"/>, or null when it cannot be told.</summary>
    public static double? ZScore(double value, IReadOnlyCollection<double> others)
    {
        if (others.Count < 3)
        {
            return null;
        }

        var mean = others.Average();
        var variance = others.Sum(v => (v - mean) * (v - mean)) / (others.Count - 1);
        return variance <= 0 ? null : (value - mean) / Math.Sqrt(variance);
    }

    public static RowIssue? FarFromSeries(int row, string code, double value, IReadOnlyCollection<double> others)
    {
        if (ZScore(value, others) is not { } z || Math.Abs(z) <= ZLimit)
        {
            return null;
        }

        return new RowIssue(row, "value", NumberText.Format(value), "outlier",
            $"Giá trị {NumberText.Format(value)} của '{code}' khác thường so với chuỗi số liệu (z = {z:0.0}).",
            $"Value {NumberText.Format(value)} of '{code}' is unusual for its series (z = {z:0.0}).");
    }
}
