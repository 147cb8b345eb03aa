using EqualityTracker.Api.Shapes;
using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Features.Values;

/// <summary>Turns stored values into an indicator's series for any area of the tree, rolling up where it may.</summary>
/// <remarks>
/// A computed indicator's series has one value per period (sex <c>_T</c>: the formula chooses the sexes of its
/// numerator and denominator). A directly entered indicator keeps the sexes it was entered with.
/// </remarks>
public sealed class SeriesBuilder
{
    private readonly IndicatorSource? source;
    private readonly MeasureCatalogue catalogue;
    private readonly SortedDictionary<(Period Period, string Sex), RollUp> byPeriod = new(PeriodThenSex);

    /// <summary>The order of a series: by period, then sex (F, M, _T).</summary>
    public static IComparer<(Period Period, string Sex)> PeriodThenSex { get; } = Comparer<(Period Period, string Sex)>.Create(
        (a, b) => a.Period.CompareTo(b.Period) is var byTime and not 0 ? byTime : string.CompareOrdinal(a.Sex, b.Sex));

    public SeriesBuilder(IndicatorSource? source, MeasureCatalogue catalogue, IReadOnlyList<ValueRow> rows, string? sex)
    {
        this.source = source;
        this.catalogue = catalogue;
        if (source is null)
        {
            return;
        }

        var values = rows.ToDictionary(r => (r.MeasureCode, r.AreaCode, r.Period, r.Sex), r => r.Value);
        AddSums(values, source, catalogue, rows);
        IReadOnlyList<string> NoChildren(string _) => [];

        // A parent sums (and counts) only the children that existed when the period began.
        Func<string, IReadOnlyList<string>> ChildrenIn(string period) =>
            source.RollsUp ? area => catalogue.ChildrenIn(area, Period.Parse(period)) : NoChildren;

        if (source.Formula is { } f)
        {
            if (sex is not null && sex != Sex.Total)
            {
                return;
            }

            foreach (var period in rows.Select(r => r.Period).Distinct())
            {
                byPeriod[(Period.Parse(period), Sex.Total)] = new RollUp(ChildrenIn(period), area =>
                    values.TryGetValue((f.NumeratorCode, area, period, f.NumeratorSex), out var n)
                    && values.TryGetValue((f.DenominatorCode, area, period, f.DenominatorSex), out var d)
                        ? new Amounts(n, d)
                        : null);
            }

            return;
        }

        foreach (var (period, rowSex) in rows.Where(r => sex is null || r.Sex == sex).Select(r => (r.Period, r.Sex)).Distinct())
        {
            byPeriod[(Period.Parse(period), rowSex)] = new RollUp(ChildrenIn(period), area =>
                values.TryGetValue((source.Direct!.Code, area, period, rowSex), out var v) ? new Amounts(v, null) : null);
        }
    }

    /// <summary>The area's series in period order, then F, M, _T. A period that ended before the unit existed is its
    /// predecessors' counts summed (<see cref="PredecessorPoint"/>).</summary>
    /// <exception cref="UnknownSplitException">A predecessor needed was split without a known share.</exception>
    public IReadOnlyList<ValuePoint> For(string area)
    {
        var points = new List<ValuePoint>();
        foreach (var ((period, sex), rollUp) in byPeriod)
        {
            if (catalogue.Map.PredecessorsFor(area, period.Start) is { } predecessors)
            {
                if (PredecessorPoint(source!, catalogue.Map, predecessors, period, sex, rollUp.For) is { } summed)
                {
                    points.Add(summed);
                }

                continue;
            }

            if (rollUp.For(area) is not { } result)
            {
                continue;
            }

            points.Add(Point(source!, period, sex, result));
        }

        return points;
    }

    /// <summary>A unit's point for a period before it existed: its predecessors' counts (numerators and denominators, times
    /// their share) summed, never their ratios; null when none had data or the indicator does not add up (a directly
    /// entered percentage, an average).</summary>
    public static ValuePoint? PredecessorPoint(
        IndicatorSource source, AreaMap map, PredecessorSum predecessors, Period period, string sex, Func<string, RolledUp?> amounts)
    {
        if (predecessors.UnknownSplit is { } split)
        {
            throw new UnknownSplitException(split, map.Unit(split)?.Gso ?? split);
        }

        if (!source.RollsUp || predecessors.Parts.Count == 0)
        {
            return null;
        }

        double numerator = 0, denominator = 0;
        var coverage = new List<PredecessorCoverage>();
        foreach (var part in predecessors.Parts)
        {
            var found = amounts(part.Unit);
            coverage.Add(new PredecessorCoverage { Code = map.Unit(part.Unit)?.Gso ?? part.Unit, Unit = part.Unit, Share = part.Share, HasData = found is not null });
            if (found is not null)
            {
                numerator += found.Amounts.Numerator * part.Share;
                denominator += (found.Amounts.Denominator ?? 0) * part.Share;
            }
        }

        var contributing = coverage.Count(c => c.HasData);
        if (contributing == 0)
        {
            return null;
        }

        var point = Point(source, period, sex, new RolledUp(new Amounts(numerator, source.Formula is null ? null : denominator), Origin.Computed, contributing, coverage.Count));
        return new ValuePoint
        {
            Period = point.Period, Sex = point.Sex, Value = point.Value, Numerator = point.Numerator, Denominator = point.Denominator,
            Origin = "predecessors", Contributing = contributing, ChildCount = coverage.Count, Predecessors = coverage,
        };
    }

    /// <summary>A summed measure's values, where every one of its terms has one at the same area, period and sex: the sum
    /// (never a partial sum: a count missing from one supplier leaves the area without a value, as a missing count does).</summary>
    private static void AddSums(Dictionary<(string, string, string, string), double> values, IndicatorSource source, MeasureCatalogue catalogue, IReadOnlyList<ValueRow> rows)
    {
        if (source.Formula is not { } f || !source.HasSums)
        {
            return;
        }

        foreach (var code in new[] { f.NumeratorCode, f.DenominatorCode }.Distinct(StringComparer.Ordinal))
        {
            if (!catalogue.Terms.TryGetValue(code, out var terms))
            {
                continue;
            }

            var termCodes = terms.Select(t => t.TermCode).ToHashSet(StringComparer.Ordinal);
            foreach (var group in rows.Where(r => termCodes.Contains(r.MeasureCode)).GroupBy(r => (r.AreaCode, r.Period, r.Sex)))
            {
                if (group.Select(r => r.MeasureCode).Distinct(StringComparer.Ordinal).Count() == termCodes.Count)
                {
                    values[(code, group.Key.AreaCode, group.Key.Period, group.Key.Sex)] = group.Sum(r => r.Value);
                }
            }
        }
    }

    /// <summary>One point of a series: the indicator's value from the area's amounts, where they came from, and coverage.</summary>
    public static ValuePoint Point(IndicatorSource source, Period period, string sex, RolledUp result)
    {
        var (numerator, denominator) = (result.Amounts.Numerator, result.Amounts.Denominator);
        return new ValuePoint
        {
            Period = period.Id,
            Sex = sex,
            Value = source.Formula is { } f ? f.ToFormula().Compute(numerator, denominator) : numerator,
            Numerator = source.Formula is null ? null : numerator,
            Denominator = denominator,
            Origin = result.Origin == Origin.Reported ? "reported" : "computed",
            Contributing = result.Contributing,
            ChildCount = result.Children,
        };
    }
}
