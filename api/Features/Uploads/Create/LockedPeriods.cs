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

    private const string EventsSql = """
        SELECT plan_code AS PlanCode, code AS Code, kind AS Kind, period_type AS PeriodType, month AS Month, day AS Day
        FROM reporting_events
        """;

    private readonly MeasureCatalogue catalogue;
    private readonly Instant now;
    private readonly int lockAfterDays;
    private readonly Dictionary<string, List<(string Plan, string Area)>> plansByMeasure;
    private readonly ILookup<string, ReportingEvent> events;
    private readonly Dictionary<(string Plan, string Period), bool> locked = [];

    private LockedPeriods(MeasureCatalogue catalogue, Instant now, int lockAfterDays, Dictionary<string, List<(string, string)>> plansByMeasure, ILookup<string, ReportingEvent> events)
    {
        this.catalogue = catalogue;
        this.now = now;
        this.lockAfterDays = lockAfterDays;
        this.plansByMeasure = plansByMeasure;
        this.events = events;
    }

    public static async Task<LockedPeriods> LoadAsync(DbConnection connection, DbTransaction? transaction, MeasureCatalogue catalogue, Instant now, int lockAfterDays, CancellationToken ct)
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

        var calendar = (await connection.QueryAsync<EventRow>(new CommandDefinition(EventsSql, transaction: transaction, cancellationToken: ct)))
            .ToLookup(e => e.PlanCode, e => new ReportingEvent(e.Code, e.Kind, e.PeriodType, e.Month, e.Day), StringComparer.Ordinal);
        return new LockedPeriods(catalogue, now, lockAfterDays, byMeasure, calendar);
    }

    /// <summary>The plan in which this value's period has locked, or null.</summary>
    public string? LockedIn(string measure, string area, string periodId)
    {
        if (!plansByMeasure.TryGetValue(measure, out var plans) || !Period.TryParse(periodId, out var period))
        {
            return null;
        }

        foreach (var (plan, planArea) in plans)
        {
            if (!ValueScope.IsWithin(catalogue, area, planArea))
            {
                continue;
            }

            if (!locked.TryGetValue((plan, periodId), out var isLocked))
            {
                var due = ReportingCalendar.DueDate(events[plan], period);
                isLocked = due is { } d && ReportingCalendar.IsLocked(ReportingCalendar.LockDate(d, lockAfterDays), now);
                locked[(plan, periodId)] = isLocked;
            }

            if (isLocked)
            {
                return plan;
            }
        }

        return null;
    }

    private sealed class PlanMeasure
    {
        public string PlanCode { get; init; } = "";
        public string AreaCode { get; init; } = "";
        public string IndicatorCode { get; init; } = "";
    }

    private sealed class EventRow
    {
        public string PlanCode { get; init; } = "";
        public string Code { get; init; } = "";
        public string Kind { get; init; } = "";
        public string? PeriodType { get; init; }
        public int Month { get; init; }
        public int Day { get; init; }
    }
}
