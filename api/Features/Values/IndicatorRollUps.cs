using EqualityTracker.Api.Shapes;
using System.Data.Common;
using Dapper;
using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Features.Values;

/// <summary>The series of several indicators at a few areas of one subtree, rolled up in SQL: what the leaders' reads
/// (plan progress, indicator progress, ranking, reports) are computed from.</summary>
/// <remarks>
/// <para>Where <see cref="SeriesBuilder"/> reads every value of an indicator's quantities and walks the whole tree in
/// memory, this reads in a few set-based statements only what the asked areas need, for all the indicators at once:</para>
/// <list type="number">
/// <item>each area's <b>own</b> amounts (a formula's numerator and denominator side by side, joined in SQL) for the asked
/// areas and for the inner areas of the subtree (those with areas below them: at <c>VN</c> the 63 provinces and ~700
/// districts, never the 10,000 communes);</item>
/// <item>for every inner area, the <b>sum</b> of its children's own amounts and how many children had them:
/// <c>GROUP BY parent, period</c> over the subtree's values.</item>
/// </list>
/// <para>An area's value is then, exactly as <see cref="RollUp"/> defines it: its own amounts when it has them, else the
/// sum of its children's — the children with own amounts come summed from SQL, those without are inner areas computed
/// the same way one level down. Numerators and denominators are summed, never ratios. The result equals
/// <see cref="SeriesBuilder"/>'s to the bit: only counts roll up (<see cref="Measure.Adds"/> quantities are whole
/// numbers, <c>integer_only</c>), and sums of whole numbers below 2^53 do not depend on the order they are added in
/// (a test compares both on every indicator and area of the demonstration data).</para>
/// </remarks>
public static class IndicatorRollUps
{
    private const string FormulaOwnSql = """
        SELECT f.indicator_code AS Indicator, n.area_code AS AreaCode, n.period AS Period, n.value AS Numerator, d.value AS Denominator
        FROM indicator_formulas f
        JOIN data_values n ON n.measure_code = f.numerator_code AND n.sex = f.numerator_sex
        JOIN data_values d ON d.measure_code = f.denominator_code AND d.area_code = n.area_code AND d.period = n.period AND d.sex = f.denominator_sex
        WHERE f.indicator_code IN @Indicators AND n.area_code IN @Areas
          AND n.deleted = 0 AND d.deleted = 0 AND (@ApprovedOnly = 0 OR (n.state = @Approved AND d.state = @Approved))
        """;

    private const string FormulaSumsSelect = """
        SELECT f.indicator_code AS Indicator, a.parent_code AS AreaCode, n.period AS Period,
               SUM(n.value) AS Numerator, SUM(d.value) AS Denominator, COUNT(*) AS Contributing
        FROM indicator_formulas f
        JOIN data_values n ON n.measure_code = f.numerator_code AND n.sex = f.numerator_sex
        JOIN data_values d ON d.measure_code = f.denominator_code AND d.area_code = n.area_code AND d.period = n.period AND d.sex = f.denominator_sex
        JOIN areas a ON a.code = n.area_code
        WHERE f.indicator_code IN @Indicators AND a.parent_code IS NOT NULL
          AND n.deleted = 0 AND d.deleted = 0 AND (@ApprovedOnly = 0 OR (n.state = @Approved AND d.state = @Approved))
        """;

    private const string FormulaSumsGroup = """

        GROUP BY f.indicator_code, a.parent_code, n.period
        """;

    private const string FormulaSumsSql = FormulaSumsSelect + FormulaSumsGroup;

    private const string FormulaSumsInAreasSql = FormulaSumsSelect + """

          AND n.area_code IN @Areas
        """ + FormulaSumsGroup;

    private const string FormulaSumsInAreasAndPeriodsSql = FormulaSumsSelect + """

          AND n.area_code IN @Areas AND n.period IN @Periods
        """ + FormulaSumsGroup;

    private const string DirectOwnSql = """
        SELECT v.measure_code AS Indicator, v.area_code AS AreaCode, v.period AS Period, v.sex AS Sex, v.value AS Numerator
        FROM data_values v
        WHERE v.measure_code IN @Indicators AND v.area_code IN @Areas AND v.deleted = 0 AND (@ApprovedOnly = 0 OR v.state = @Approved)
        """;

    private const string DirectSumsSelect = """
        SELECT v.measure_code AS Indicator, a.parent_code AS AreaCode, v.period AS Period, v.sex AS Sex,
               SUM(v.value) AS Numerator, COUNT(*) AS Contributing
        FROM data_values v
        JOIN areas a ON a.code = v.area_code
        WHERE v.measure_code IN @Indicators AND a.parent_code IS NOT NULL AND v.deleted = 0 AND (@ApprovedOnly = 0 OR v.state = @Approved)
        """;

    private const string DirectSumsGroup = """

        GROUP BY v.measure_code, a.parent_code, v.period, v.sex
        """;

    private const string DirectSumsSql = DirectSumsSelect + DirectSumsGroup;

    private const string DirectSumsInAreasSql = DirectSumsSelect + """

          AND v.area_code IN @Areas
        """ + DirectSumsGroup;

    private const string DirectSumsInAreasAndPeriodsSql = DirectSumsSelect + """

          AND v.area_code IN @Areas AND v.period IN @Periods
        """ + DirectSumsGroup;

    /// <summary>At most this many areas go into one <c>IN</c> list (SQL Server takes at most 2,100 parameters).</summary>
    private const int MaxAreaParameters = 1000;

    /// <summary>The series of <paramref name="indicators"/> for each area of <paramref name="areas"/>, all within the
    /// subtree of <paramref name="scope"/> (the scope itself, or areas below it).</summary>
    public static async Task<IReadOnlyDictionary<string, RolledUpSeries>> LoadAsync(
        DbConnection connection, MeasureCatalogue catalogue, IEnumerable<string> indicators, string scope, IReadOnlyCollection<string> areas,
        bool approvedOnly, CancellationToken ct, CountrySums? country = null)
    {
        var all = indicators.Distinct(StringComparer.Ordinal).ToDictionary(i => i, i => IndicatorSource.For(i, catalogue), StringComparer.Ordinal);

        // An indicator over sums of measures (few values: Ninh Bình 3.2's violence counts) is built in memory from its terms.
        var inMemory = all.Where(s => s.Value?.HasSums == true).Select(s => s.Key).ToList();
        var sources = all.Where(s => s.Value?.HasSums != true).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
        var (inner, subtree) = Inner(catalogue, scope);
        var ownAreas = areas.Concat(inner).Distinct(StringComparer.Ordinal).ToList();
        var rows = new List<AmountsRow>();
        var formulas = sources.Where(s => s.Value?.Formula is not null).Select(s => s.Key).ToList();
        var directs = sources.Where(s => s.Value?.Direct is not null).Select(s => s.Key).ToList();
        var approved = approvedOnly ? 1 : 0;
        var isRoot = catalogue.AreaParents.GetValueOrDefault(scope) is null;
        var sumAreas = isRoot || subtree is null ? null : subtree;

        async Task ReadAsync(CommandDefinition command, bool sums) =>
            rows.AddRange((await connection.QueryAsync<AmountsRow>(command)).Select(r => sums ? r.AsSum() : r));

        var rollingFormulas = formulas.Where(i => sources[i]!.RollsUp).ToList();
        var rollingDirects = directs.Where(i => sources[i]!.RollsUp).ToList();
        foreach (var chunk in ownAreas.Chunk(MaxAreaParameters))
        {
            if (formulas.Count > 0)
            {
                await ReadAsync(new CommandDefinition(FormulaOwnSql,
                    new { Indicators = formulas, Areas = chunk, ApprovedOnly = approved, Approved = ReviewStates.Approved }, cancellationToken: ct), sums: false);
            }

            if (directs.Count > 0)
            {
                await ReadAsync(new CommandDefinition(DirectOwnSql,
                    new { Indicators = directs, Areas = chunk, ApprovedOnly = approved, Approved = ReviewStates.Approved }, cancellationToken: ct), sums: false);
            }
        }

        foreach (var (rolling, isFormula) in new[] { (rollingFormulas, true), (rollingDirects, false) }.Where(r => r.Item1.Count > 0 && inner.Count > 0))
        {
            // The whole country's children's sums come from the sums this process keeps up to date; a subtree's are read.
            rows.AddRange(sumAreas is null && country is not null
                ? await country.Store.ForCountryAsync(connection, catalogue, rolling, isFormula, approvedOnly, country.Version, ct)
                : await SumsAsync(connection, rolling, isFormula, approvedOnly, sumAreas, ct));
        }

        var innerSet = inner.ToHashSet(StringComparer.Ordinal);
        var byIndicator = rows
            .Where(r => Period.TryParse(r.Period, out _) && (!r.IsSum || innerSet.Contains(r.AreaCode)))
            .ToLookup(r => r.Indicator, StringComparer.Ordinal);
        var result = sources.ToDictionary(s => s.Key, s => new RolledUpSeries(s.Value, catalogue, byIndicator[s.Key]), StringComparer.Ordinal);

        // A unit read for periods before it existed sums its predecessors': each predecessor's series is read the same way,
        // with the predecessor as scope (new Ninh Bình: old Ninh Bình, Hà Nam and Nam Định).
        foreach (var predecessor in areas.SelectMany(a => catalogue.Map.Lineage(a).Skip(1)).Distinct(StringComparer.Ordinal).ToList())
        {
            var theirs = await LoadAsync(connection, catalogue, sources.Keys, predecessor, [predecessor], approvedOnly, ct, country);
            foreach (var (indicator, series) in theirs)
            {
                result[indicator].Predecessors[predecessor] = series;
            }
        }

        foreach (var indicator in inMemory)
        {
            result[indicator] = new RolledUpSeries(await IndicatorSeries.LoadAsync(connection, catalogue, indicator, approvedOnly, null, ct));
        }

        return result;
    }

    /// <summary>For each parent of the given areas (null: of every area), the sums of its children's own amounts; only
    /// for the given periods when <paramref name="periods"/> is not null (then <paramref name="areas"/> must be too).</summary>
    internal static async Task<IReadOnlyList<AmountsRow>> SumsAsync(
        DbConnection connection, IReadOnlyList<string> indicators, bool formulas, bool approvedOnly, IReadOnlyList<string>? areas, CancellationToken ct,
        IReadOnlyList<string>? periods = null)
    {
        var parameters = new { Indicators = indicators, Areas = areas, Periods = periods, ApprovedOnly = approvedOnly ? 1 : 0, Approved = ReviewStates.Approved };
        var sql = (formulas, areas, periods) switch
        {
            (true, null, _) => FormulaSumsSql,
            (true, _, null) => FormulaSumsInAreasSql,
            (true, _, _) => FormulaSumsInAreasAndPeriodsSql,
            (false, null, _) => DirectSumsSql,
            (false, _, null) => DirectSumsInAreasSql,
            (false, _, _) => DirectSumsInAreasAndPeriodsSql,
        };
        var rows = await connection.QueryAsync<AmountsRow>(new CommandDefinition(sql, parameters, cancellationToken: ct));
        return rows.Select(r => r.AsSum()).ToList();
    }

    /// <summary>The areas of the subtree that have areas below them, and the whole subtree (null past the parameter limit).</summary>
    private static (IReadOnlyList<string> Inner, IReadOnlyList<string>? Subtree) Inner(MeasureCatalogue catalogue, string scope)
    {
        var all = new List<string> { scope };
        var inner = new List<string>();
        for (var i = 0; i < all.Count; i++)
        {
            var children = catalogue.AreaChildren[all[i]];
            if (children.Any())
            {
                inner.Add(all[i]);
                all.AddRange(children);
            }
        }

        return (inner, all.Count > MaxAreaParameters ? null : all);
    }

    /// <summary>One row read: an area's own amounts, or (<see cref="IsSum"/>) the sum of its children's.</summary>
    public sealed class AmountsRow
    {
        public string Indicator { get; init; } = "";
        public string AreaCode { get; init; } = "";
        public string Period { get; init; } = "";
        public string Sex { get; init; } = Domain.Sex.Total;
        public double Numerator { get; init; }
        public double? Denominator { get; init; }
        public long Contributing { get; init; }
        public bool IsSum { get; private init; }

        public AmountsRow AsSum() => new()
        {
            Indicator = Indicator, AreaCode = AreaCode, Period = Period, Sex = Sex, Numerator = Numerator, Denominator = Denominator,
            Contributing = Contributing, IsSum = true,
        };
    }
}

/// <summary>The national children's sums kept by <see cref="RollUpSums"/>, and the data version an answer is computed at.</summary>
public sealed record CountrySums(RollUpSums Store, long Version);

/// <summary>One indicator's series at the areas <see cref="IndicatorRollUps"/> was asked for, built like <see cref="SeriesBuilder"/>'s.</summary>
public sealed class RolledUpSeries
{
    private readonly IndicatorSource? source;
    private readonly MeasureCatalogue catalogue;
    private readonly SortedDictionary<(Period Period, string Sex), Slice> byPeriod = new(SeriesBuilder.PeriodThenSex);

    private readonly SeriesBuilder? built;

    /// <summary>A series built in memory (an indicator over sums of measures), answered as it is.</summary>
    internal RolledUpSeries(SeriesBuilder built)
    {
        this.built = built;
        catalogue = null!;
    }

    internal RolledUpSeries(IndicatorSource? source, MeasureCatalogue catalogue, IEnumerable<IndicatorRollUps.AmountsRow> rows)
    {
        this.source = source;
        this.catalogue = catalogue;
        if (source is null)
        {
            return;
        }

        foreach (var row in rows)
        {
            var key = (Period.Parse(row.Period), row.Sex);
            if (!byPeriod.TryGetValue(key, out var slice))
            {
                byPeriod[key] = slice = new Slice();
            }

            var amounts = new Amounts(row.Numerator, source.Formula is null ? null : row.Denominator);
            if (row.IsSum)
            {
                slice.ChildSums[row.AreaCode] = (amounts, (int)row.Contributing);
            }
            else
            {
                slice.Own[row.AreaCode] = amounts;
            }
        }
    }

    /// <summary>The series of the area's predecessors (by unit), read with each as scope: what periods before the area
    /// existed are summed from.</summary>
    internal Dictionary<string, RolledUpSeries> Predecessors { get; } = new(StringComparer.Ordinal);

    /// <summary>The area's series in period order, then F, M, _T (the area must be one the series was loaded for). A period
    /// that began before the unit existed is its predecessors' counts summed, as <see cref="SeriesBuilder"/> does.</summary>
    /// <exception cref="UnknownSplitException">A predecessor needed was split without a known share.</exception>
    public IReadOnlyList<ValuePoint> For(string area)
    {
        if (built is not null)
        {
            return built.For(area);
        }

        var points = new List<ValuePoint>();
        var keys = new SortedSet<(Period Period, string Sex)>(byPeriod.Keys, SeriesBuilder.PeriodThenSex);
        foreach (var theirs in Predecessors.Values)
        {
            keys.UnionWith(theirs.byPeriod.Keys);
        }

        foreach (var (period, sex) in keys)
        {
            if (source is not null && catalogue.Map.PredecessorsFor(area, period.Start) is { } predecessors)
            {
                if (SeriesBuilder.PredecessorPoint(source, catalogue.Map, predecessors, period, sex, unit => Predecessors.TryGetValue(unit, out var theirs) ? theirs.At(unit, period, sex) : null) is { } summed)
                {
                    points.Add(summed);
                }

                continue;
            }

            if (byPeriod.TryGetValue((period, sex), out var slice) && Resolve(slice, area, period) is { } result)
            {
                points.Add(SeriesBuilder.Point(source!, period, sex, result));
            }
        }

        return points;
    }

    /// <summary>The area's amounts for one period and sex, or null.</summary>
    private RolledUp? At(string area, Period period, string sex) =>
        byPeriod.TryGetValue((period, sex), out var slice) ? Resolve(slice, area, period) : null;

    /// <summary><see cref="RollUp.For"/> over the slice: own amounts win; else the children's own amounts (summed in SQL)
    /// plus the inner children computed the same way.</summary>
    private RolledUp? Resolve(Slice slice, string area, Period period)
    {
        if (slice.Memo.TryGetValue(area, out var known))
        {
            return known;
        }

        RolledUp? result;
        if (slice.Own.TryGetValue(area, out var own))
        {
            result = new RolledUp(own, Origin.Reported, null, null);
        }
        else if (!source!.RollsUp)
        {
            result = null;
        }
        else
        {
            // Coverage counts only the children that existed when the period began.
            var children = catalogue.ChildrenIn(area, period);
            var (numerator, denominator, contributing) = slice.ChildSums.TryGetValue(area, out var sum)
                ? (sum.Amounts.Numerator, sum.Amounts.Denominator ?? 0, sum.Contributing)
                : (0d, 0d, 0);
            var count = 0;
            foreach (var child in children)
            {
                count++;
                // Children with own amounts are in the SQL sum; an inner child without them contributes its own roll-up.
                if (slice.Own.ContainsKey(child) || !catalogue.AreaChildren[child].Any() || Resolve(slice, child, period) is not { } part)
                {
                    continue;
                }

                contributing++;
                numerator += part.Amounts.Numerator;
                denominator += part.Amounts.Denominator ?? 0;
            }

            result = contributing == 0
                ? null
                : new RolledUp(new Amounts(numerator, source.Formula is null ? null : denominator), Origin.Computed, contributing, count);
        }

        slice.Memo[area] = result;
        return result;
    }

    private sealed class Slice
    {
        public Dictionary<string, Amounts> Own { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, (Amounts Amounts, int Contributing)> ChildSums { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, RolledUp?> Memo { get; } = new(StringComparer.Ordinal);
    }
}
