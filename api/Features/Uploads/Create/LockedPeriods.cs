using System.Data.Common;
using Dapper;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Values;
using NodaTime;

namespace EqualityTracker.Api.Features.Uploads.Create;

/// <summary>Which values an upload would change in a period that has locked for review.</summary>
/// <remarks>
/// A value is in a locked period when a plan that tracks it — a plan of its area or an area above it, with a target
/// measured by its code — has a deadline for that period whose lock date (<c>Review:LockAfterDays</c> after it) has
/// passed in Viet Nam. Such a value has been reported and reviewed; an upload that would change it lists it and
/// writes it only when the uploader confirms.
/// </remarks>
public sealed class LockedPeriods
{
    private const string PlanMeasuresSql = """
        SELECT p.code AS PlanCode, p.area_code AS AreaCode, t.indicator_code AS IndicatorCode
        FROM plans p
        JOIN targets t ON t.plan_code = p.code
        """;

    private readonly MeasureCatalogue catalogue;
    private readonly Dictionary<string, List<(string Plan, string Area)>> plansByMeasure;
    private readonly HashSet<(string Plan, string Period)> locked;

    private LockedPeriods(MeasureCatalogue catalogue, Dictionary<string, List<(string, string)>> plansByMeasure, HashSet<(string, string)> locked)
    {
        this.catalogue = catalogue;
        this.plansByMeasure = plansByMeasure;
        this.locked = locked;
    }

    /// <summary>Reads which plans track which measures, and which of <paramref name="periods"/> have locked in each (the lock rule of <see cref="ValueScope"/>).</summary>
    public static async Task<LockedPeriods> LoadAsync(
        DbConnection connection, DbTransaction? transaction, MeasureCatalogue catalogue, ValueScope scope, Instant now, IEnumerable<string> periods, CancellationToken ct)
    {
        var byMeasure = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        foreach (var row in await connection.QueryAsync<PlanMeasure>(new CommandDefinition(PlanMeasuresSql, transaction: transaction, cancellationToken: ct)))
        {
            foreach (var code in IndicatorSource.For(row.IndicatorCode, catalogue)?.MeasureCodes ?? [])
            {
                var list = byMeasure.TryGetValue(code, out var found) ? found : byMeasure[code] = [];
                if (!list.Contains((row.PlanCode, row.AreaCode)))
                {
                    list.Add((row.PlanCode, row.AreaCode));
                }
            }
        }

        var locked = new HashSet<(string, string)>();
        var plans = byMeasure.Values.SelectMany(p => p).Select(p => p.Item1).Distinct().ToList();
        foreach (var id in periods)
        {
            foreach (var plan in plans)
            {
                if (Period.TryParse(id, out var period)
                    && ReportingCalendar.IsLocked(await scope.LockDateAsync(connection, transaction, plan, period, ct), now))
                {
                    locked.Add((plan, id));
                }
            }
        }

        return new LockedPeriods(catalogue, byMeasure, locked);
    }

    /// <summary>The plan in which this value's period has locked, or null.</summary>
    public string? LockedIn(string measure, string area, string periodId)
    {
        if (!plansByMeasure.TryGetValue(measure, out var plans))
        {
            return null;
        }

        return plans.Where(p => locked.Contains((p.Plan, periodId)) && catalogue.Tree.IsWithin(area, p.Area)).Select(p => p.Plan).FirstOrDefault();
    }

    private sealed class PlanMeasure
    {
        public string PlanCode { get; init; } = "";
        public string AreaCode { get; init; } = "";
        public string IndicatorCode { get; init; } = "";
    }
}
