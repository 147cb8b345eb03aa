namespace EqualityTracker.Api.Domain;

/// <summary>The rules that need more than one row of the same upload: duplicate keys, and parts above their whole.</summary>
/// <remarks>
/// Memory grows with the number of distinct keys, not with row text: each key is packed into one <c>long</c>
/// (measure, area, period and sex as small integers), so a million-row file costs a few tens of megabytes.
/// A part may not exceed its whole: female or male counts above the total of the same quantity (for quantities that
/// add up; a girls' completion rate may well exceed the total rate), and the numerator of
/// a bounded formula (maternal deaths, wage-earning women, female directors) above its denominator.
/// </remarks>
public sealed class UploadConsistency
{
    private readonly Dictionary<string, int> measureIds;
    private readonly Dictionary<string, int> areaIds;
    private readonly IReadOnlyList<Formula> boundedFormulas;
    private readonly bool[] additive;
    private readonly Dictionary<long, (int Row, double Value)> seen = [];

    public UploadConsistency(IReadOnlyCollection<Measure> measures, IEnumerable<string> areaCodes, IEnumerable<Formula> formulas)
    {
        measureIds = measures.Select((m, i) => (m.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        additive = measures.Select(m => m.Adds).ToArray();
        areaIds = areaCodes.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i, StringComparer.Ordinal);
        boundedFormulas = formulas.Where(f => f.NumeratorBounded).ToList();
    }

    /// <summary>The row of the same key seen before, if any; otherwise remembers this row.</summary>
    public int? Add(ValidRow row)
    {
        var key = Key(row.Measure.Code, row.Area, row.Period, row.Sex);
        if (seen.TryGetValue(key, out var first))
        {
            return first.Row;
        }

        seen[key] = (row.Row, row.Value);
        return null;
    }

    /// <summary>The row number that holds this key in the file, if any.</summary>
    public int? RowOf(string measure, string area, Period period, string sex) =>
        measureIds.ContainsKey(measure) && areaIds.ContainsKey(area) && seen.TryGetValue(Key(measure, area, period, sex), out var hit)
            ? hit.Row
            : null;

    /// <summary>Checks every part against its whole among the rows added; call once, after the last row.</summary>
    public IEnumerable<RowIssue> PartsAboveWholes()
    {
        var measureCodes = measureIds.OrderBy(m => m.Value).Select(m => m.Key).ToArray();
        foreach (var (key, part) in seen)
        {
            var (measureId, areaId, period, sex) = Unpack(key);
            if (sex != 2 && additive[measureId])
            {
                var whole = key - sex + 2;
                if (seen.TryGetValue(whole, out var total) && part.Value > total.Value)
                {
                    yield return new RowIssue(part.Row, "value", NumberText.Format(part.Value), "part-above-total",
                        $"Giá trị theo giới ({part.Value}) lớn hơn tổng (_T = {total.Value}, dòng {total.Row}).",
                        $"The value for one sex ({part.Value}) exceeds the total (_T = {total.Value}, row {total.Row}).");
                }
            }

            foreach (var formula in boundedFormulas)
            {
                if (measureCodes[measureId] != formula.NumeratorCode || SexCode(sex) != formula.NumeratorSex
                    || !measureIds.TryGetValue(formula.DenominatorCode, out var denominatorId))
                {
                    continue;
                }

                var denominatorKey = Pack(denominatorId, areaId, period, SexId(formula.DenominatorSex));
                if (seen.TryGetValue(denominatorKey, out var denominator) && part.Value > denominator.Value)
                {
                    yield return new RowIssue(part.Row, "value", NumberText.Format(part.Value), "numerator-above-denominator",
                        $"{formula.NumeratorCode}[{formula.NumeratorSex}] = {part.Value} lớn hơn {formula.DenominatorCode}[{formula.DenominatorSex}] = {denominator.Value} (dòng {denominator.Row}), điều không thể xảy ra.",
                        $"{formula.NumeratorCode}[{formula.NumeratorSex}] = {part.Value} exceeds {formula.DenominatorCode}[{formula.DenominatorSex}] = {denominator.Value} (row {denominator.Row}), which is impossible.");
                }
            }
        }
    }

    private long Key(string measure, string area, Period period, string sex) =>
        Pack(measureIds[measure], areaIds[area], PeriodNumber(period), SexId(sex));

    private static long Pack(int measure, int area, int period, int sex) =>
        ((long)measure << 44) | ((long)area << 22) | ((long)period << 2) | (uint)sex;

    private static (int Measure, int Area, int Period, int Sex) Unpack(long key) =>
        ((int)(key >> 44), (int)((key >> 22) & 0x3FFFFF), (int)((key >> 2) & 0xFFFFF), (int)(key & 3));

    /// <summary>Year offset and sub-period in 20 bits: (year − 1900) × 32 + {0 year, 1–2 half, 3–6 quarter, 7–18 month}.</summary>
    private static int PeriodNumber(Period period) => ((period.Year - Period.MinYear) * 32) + period.Type switch
    {
        PeriodType.Year => 0,
        PeriodType.HalfYear => period.Index,
        PeriodType.Quarter => 2 + period.Index,
        _ => 6 + period.Index,
    };

    private static int SexId(string sex) => sex switch
    {
        Sex.Female => 0,
        Sex.Male => 1,
        _ => 2,
    };

    private static string SexCode(int id) => id switch
    {
        0 => Sex.Female,
        1 => Sex.Male,
        _ => Sex.Total,
    };
}
