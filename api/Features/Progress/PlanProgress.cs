using EqualityTracker.Api.Shapes;
using System.Data.Common;
using Dapper;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Values;

namespace EqualityTracker.Api.Features.Progress;

/// <summary>Every target of a plan evaluated at an area: what the progress answer and the annual report are built from.</summary>
public static class PlanProgress
{
    private const string TargetsSql = TargetResponse.SelectSql + """

        WHERE t.plan_code = @Code
        ORDER BY t.objective_number, t.number, t.year
        """;

    private const string DecimalsSql = "SELECT code AS Code, decimals AS Decimals FROM indicators";

    private const string NamesSql = "SELECT code AS Code, name_vi AS NameVi, name_en AS NameEn FROM areas WHERE code IN @Units";

    public static async Task<IReadOnlyList<TargetProgress>> TargetsAsync(
        DbConnection connection, MeasureCatalogue catalogue, string plan, int planStartYear, string area, bool approvedOnly, ProgressMethod method, CountrySums country, CancellationToken ct)
    {
        var targets = await TargetResponse.LoadAsync(connection, TargetsSql, new { Code = plan }, ct);
        var decimals = (await connection.QueryAsync<DecimalsRow>(new CommandDefinition(DecimalsSql, cancellationToken: ct))).ToDictionary(d => d.Code, d => d.Decimals);
        // Every indicator's series at the area in a few set-based statements, rolled up in SQL (no query per indicator).
        var rolledUp = await IndicatorRollUps.LoadAsync(connection, catalogue, targets.Select(t => t.IndicatorCode), area, [area], approvedOnly, ct, country);
        var points = rolledUp.ToDictionary(r => r.Key, r => r.Value.For(area), StringComparer.Ordinal);
        var series = points.ToDictionary(p => p.Key, p => ProgressCatalogue.Yearly(p.Value), StringComparer.Ordinal);
        var summed = await SummedFromPredecessorsAsync(connection, points, ct);

        return targets.Select(t =>
        {
            var observed = series[t.IndicatorCode];
            var result = Domain.Progress.Evaluate(
                new ProgressTarget(t.Comparator, (double)t.Value, t.Year, ProgressUnits.Kind(t.Unit), t.Unit, t.BaselineYear, t.BaselineValue), planStartYear, observed, method,
                ProgressUnits.IsSexRatio(t.Unit));
            return new TargetProgress
            {
                Objective = t.Objective, Number = t.Number, IndicatorCode = t.IndicatorCode, IndicatorNameVi = t.IndicatorNameVi,
                IndicatorNameEn = t.IndicatorNameEn, TextVi = t.TextVi, TextEn = t.TextEn, Comparator = t.Comparator, Value = (double)t.Value, Year = t.Year,
                Unit = t.Unit, UnitVi = t.UnitVi, UnitEn = t.UnitEn, Decimals = decimals.GetValueOrDefault(t.IndicatorCode, 1), LeadAgencies = t.LeadAgencies,
                Status = ProgressStatuses.Name(result.Status), Ratio = result.Ratio, Baseline = YearValue.From(result.Baseline, summed[t.IndicatorCode]),
                Latest = YearValue.From(result.Latest, summed[t.IndicatorCode]), Projected = result.Projected, Implausible = result.Implausible,
                ImplausibleReason = result.ImplausibleReason, PredatesPlan = result.PredatesPlan,
                Series = observed.Select(o => YearValue.From(o, summed[t.IndicatorCode])!).ToList(),
            };
        }).ToList();
    }

    /// <summary>Per indicator, the years whose yearly total was summed from the area's predecessors (it did not exist yet),
    /// with the predecessors' names: what labels a baseline "computed from the old provinces".</summary>
    private static async Task<Dictionary<string, IReadOnlyDictionary<int, IReadOnlyList<PredecessorName>>>> SummedFromPredecessorsAsync(
        DbConnection connection, IReadOnlyDictionary<string, IReadOnlyList<ValuePoint>> points, CancellationToken ct)
    {
        var yearly = points.ToDictionary(p => p.Key, p => p.Value
            .Where(v => v.Origin == "predecessors" && v.Predecessors is not null && v.Sex == Sex.Total && Period.Parse(v.Period).Type == PeriodType.Year)
            .ToList(), StringComparer.Ordinal);
        var units = yearly.Values.SelectMany(v => v).SelectMany(v => v.Predecessors!).Select(p => p.Unit).Distinct(StringComparer.Ordinal).ToList();
        var names = units.Count == 0
            ? new Dictionary<string, NameRow>(StringComparer.Ordinal)
            : (await connection.QueryAsync<NameRow>(new CommandDefinition(NamesSql, new { Units = units }, cancellationToken: ct))).ToDictionary(n => n.Code, StringComparer.Ordinal);
        return yearly.ToDictionary(y => y.Key, y => (IReadOnlyDictionary<int, IReadOnlyList<PredecessorName>>)y.Value.ToDictionary(
            v => Period.Parse(v.Period).Year,
            v => (IReadOnlyList<PredecessorName>)v.Predecessors!.Select(p => new PredecessorName
            {
                Code = p.Code, HasData = p.HasData,
                NameVi = names.GetValueOrDefault(p.Unit)?.NameVi ?? p.Code, NameEn = names.GetValueOrDefault(p.Unit)?.NameEn ?? p.Code,
            }).ToList()), StringComparer.Ordinal);
    }

    private sealed class NameRow
    {
        public string Code { get; init; } = "";
        public string NameVi { get; init; } = "";
        public string NameEn { get; init; } = "";
    }

    private sealed class DecimalsRow
    {
        public string Code { get; init; } = "";
        public int Decimals { get; init; }
    }
}
