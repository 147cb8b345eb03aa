using System.Data.Common;
using Dapper;
using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Features.Values;

/// <summary>The measures, formulas and areas that values are checked and computed against; read once per process (see <see cref="CatalogueCache"/>).</summary>
public sealed class MeasureCatalogue
{
    private const string MeasuresSql = """
        SELECT code AS Code, kind AS Kind, unit_code AS UnitCode, sexes AS Sexes, aggregation AS Aggregation,
               integer_only AS IntegerOnly, min_value AS MinValue, max_value AS MaxValue
        FROM measures
        ORDER BY code
        """;

    private const string FormulasSql = """
        SELECT indicator_code AS IndicatorCode, factor AS Factor, numerator_code AS NumeratorCode,
               numerator_sex AS NumeratorSex, denominator_code AS DenominatorCode, denominator_sex AS DenominatorSex,
               numerator_bounded AS NumeratorBounded, description_vi AS DescriptionVi, description_en AS DescriptionEn
        FROM indicator_formulas
        ORDER BY indicator_code
        """;

    private const string TermsSql = """
        SELECT measure_code AS MeasureCode, term_code AS TermCode, agency_code AS AgencyCode
        FROM measure_terms
        ORDER BY measure_code, term_code
        """;

    private const string AreasSql = """
        SELECT code AS Code, gso_code AS GsoCode, parent_code AS ParentCode, level AS Level, valid_from AS ValidFrom, valid_to AS ValidTo
        FROM areas
        """;

    private const string SuccessionsSql = """
        SELECT predecessor_code AS PredecessorCode, successor_code AS SuccessorCode, effective_date AS EffectiveDate, share AS Share
        FROM area_successions
        """;

    /// <summary>The quantities and directly entered indicators values are entered for. Not in it: a summed measure (see
    /// <see cref="Terms"/>), and a directly entered indicator that has since been given a formula.</summary>
    public required IReadOnlyDictionary<string, Measure> Measures { get; init; }
    public required IReadOnlyDictionary<string, FormulaRow> Formulas { get; init; }

    /// <summary>A summed measure's terms: its value at an area and period is the sum of its terms' values, only when every
    /// term has one; each term is entered by its own agency (Ninh Bình 3.2: DOLISA's GBV counts + DCS's
    /// domestic-violence counts).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<MeasureTerm>> Terms { get; init; } = new Dictionary<string, IReadOnlyList<MeasureTerm>>();

    /// <summary>True when values of the code add up over areas: a count, or a sum of counts.</summary>
    public bool Adds(string code) =>
        Terms.TryGetValue(code, out var terms) ? terms.All(t => Measures[t.TermCode].Adds) : Measures[code].Adds;

    /// <summary>The codes whose stored values make up the code's: its terms, or itself.</summary>
    public IReadOnlyList<string> Stored(string code) => Terms.TryGetValue(code, out var terms) ? [.. terms.Select(t => t.TermCode)] : [code];
    public required IReadOnlyDictionary<string, string?> AreaParents { get; init; }
    public required ILookup<string, string> AreaChildren { get; init; }

    /// <summary>The units in time, their parents and successions (<see cref="AreaMap"/>).</summary>
    public required AreaMap Map { get; init; }

    /// <summary>The walk up the area tree (ancestors, and whether one area lies within another, counting a home's predecessors).</summary>
    public AreaTree Tree => tree ??= new AreaTree(AreaParents, Map.Lineage);

    /// <summary>The units directly below <paramref name="area"/> that existed on the first day of <paramref name="period"/>
    /// (the day its values are resolved at).</summary>
    public IReadOnlyList<string> ChildrenIn(string area, Period period) => [.. Map.Children(area, period.Start).Select(u => u.Id)];

    private AreaTree? tree;

    public static async Task<MeasureCatalogue> LoadAsync(DbConnection connection, DbTransaction? transaction = null, CancellationToken ct = default)
    {
        var measures = await connection.QueryAsync<MeasureRow>(new CommandDefinition(MeasuresSql, transaction: transaction, cancellationToken: ct));
        var formulas = await connection.QueryAsync<FormulaRow>(new CommandDefinition(FormulasSql, transaction: transaction, cancellationToken: ct));
        var areas = (await connection.QueryAsync<AreaRow>(new CommandDefinition(AreasSql, transaction: transaction, cancellationToken: ct))).AsList();
        var successions = await connection.QueryAsync<SuccessionRow>(new CommandDefinition(SuccessionsSql, transaction: transaction, cancellationToken: ct));
        var terms = (await connection.QueryAsync<MeasureTerm>(new CommandDefinition(TermsSql, transaction: transaction, cancellationToken: ct)))
            .GroupBy(t => t.MeasureCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<MeasureTerm>)g.ToList(), StringComparer.Ordinal);
        var formulaRows = formulas.ToDictionary(f => f.IndicatorCode, StringComparer.Ordinal);
        return new MeasureCatalogue
        {
            Measures = measures
                .Where(m => !terms.ContainsKey(m.Code) && !(m.Kind == "indicator" && formulaRows.ContainsKey(m.Code)))
                .ToDictionary(m => m.Code, m => m.ToMeasure(), StringComparer.Ordinal),
            Formulas = formulaRows,
            Terms = terms,
            AreaParents = areas.ToDictionary(a => a.Code, a => a.ParentCode, StringComparer.Ordinal),
            AreaChildren = areas.Where(a => a.ParentCode is not null).OrderBy(a => a.Code, StringComparer.Ordinal).ToLookup(a => a.ParentCode!, a => a.Code),
            Map = new AreaMap(
                areas.Select(a => new AreaUnit(a.Code, a.GsoCode, a.ParentCode, (int)a.Level, AreaMap.ParseDate(a.ValidFrom), AreaMap.ParseDate(a.ValidTo))),
                successions.Select(s => new Succession(s.PredecessorCode, s.SuccessorCode, AreaMap.ParseDate(s.EffectiveDate)!.Value, s.Share))),
        };
    }

    /// <summary>One term of a summed measure and the agency that enters it.</summary>
    public sealed class MeasureTerm
    {
        public string MeasureCode { get; init; } = "";
        public string TermCode { get; init; } = "";
        public string AgencyCode { get; init; } = "";
    }

    public sealed class FormulaRow
    {
        public string IndicatorCode { get; init; } = "";
        public double Factor { get; init; }
        public string NumeratorCode { get; init; } = "";
        public string NumeratorSex { get; init; } = "";
        public string DenominatorCode { get; init; } = "";
        public string DenominatorSex { get; init; } = "";
        public long NumeratorBounded { get; init; }
        public string DescriptionVi { get; init; } = "";
        public string DescriptionEn { get; init; } = "";

        public Formula ToFormula() =>
            new(IndicatorCode, Factor, NumeratorCode, NumeratorSex, DenominatorCode, DenominatorSex, NumeratorBounded != 0);
    }

    private sealed class MeasureRow
    {
        public string Code { get; init; } = "";
        public string Kind { get; init; } = "";
        public string UnitCode { get; init; } = "";
        public string Sexes { get; init; } = "";
        public string Aggregation { get; init; } = "";
        public long IntegerOnly { get; init; }
        public double? MinValue { get; init; }
        public double? MaxValue { get; init; }

        public Measure ToMeasure() =>
            new(Code, Kind, UnitCode, Sex.ParseList(Sexes), Aggregation, IntegerOnly != 0, MinValue, MaxValue);
    }

    private sealed class AreaRow
    {
        public string Code { get; init; } = "";
        public string GsoCode { get; init; } = "";
        public string? ParentCode { get; init; }
        public long Level { get; init; }
        public string? ValidFrom { get; init; }
        public string? ValidTo { get; init; }
    }

    private sealed class SuccessionRow
    {
        public string PredecessorCode { get; init; } = "";
        public string SuccessorCode { get; init; } = "";
        public string EffectiveDate { get; init; } = "";
        public double? Share { get; init; }
    }
}
