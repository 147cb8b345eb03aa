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

    public static async Task<IReadOnlyList<TargetProgress>> TargetsAsync(
        DbConnection connection, MeasureCatalogue catalogue, string plan, int planStartYear, string area, bool approvedOnly, ProgressMethod method, CountrySums country, CancellationToken ct)
    {
        var targets = await TargetResponse.LoadAsync(connection, TargetsSql, new { Code = plan }, ct);
        var decimals = (await connection.QueryAsync<DecimalsRow>(new CommandDefinition(DecimalsSql, cancellationToken: ct))).ToDictionary(d => d.Code, d => d.Decimals);
        // Every indicator's series at the area in a few set-based statements, rolled up in SQL (no query per indicator).
        var rolledUp = await IndicatorRollUps.LoadAsync(connection, catalogue, targets.Select(t => t.IndicatorCode), area, [area], approvedOnly, ct, country);
        var series = rolledUp.ToDictionary(r => r.Key, r => ProgressCatalogue.Yearly(r.Value.For(area)), StringComparer.Ordinal);

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
                Status = ProgressStatuses.Name(result.Status), Ratio = result.Ratio, Baseline = YearValue.From(result.Baseline),
                Latest = YearValue.From(result.Latest), Projected = result.Projected, Implausible = result.Implausible,
                ImplausibleReason = result.ImplausibleReason, PredatesPlan = result.PredatesPlan,
                Series = observed.Select(o => new YearValue { Year = o.Year, Value = o.Value }).ToList(),
            };
        }).ToList();
    }

    private sealed class DecimalsRow
    {
        public string Code { get; init; } = "";
        public int Decimals { get; init; }
    }
}
