using System.Data.Common;
using System.Security.Claims;
using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Identity;
using Microsoft.Extensions.Options;
using NodaTime;

namespace EqualityTracker.Api.Features.Values;

/// <summary>What a refused write answers: the status and why, in both languages.</summary>
public sealed record Refusal(int Status, string Vi, string En)
{
    public string Detail => Problems.Bilingual(Vi, En);
}

/// <summary>Who may write which value, and when.</summary>
/// <remarks>
/// The statistics office and the coordinating department (admin) write any value. A department writes only the values
/// behind targets its agency leads (chủ trì) — the raw quantities of a computed indicator, or a directly entered one —
/// in plans of its own area or the areas above it, and only for its own area and the areas below it. It cannot change
/// a value that is submitted or approved, nor any value of a period that locked after its due date, unless the
/// coordinator reopened that period for its agency.
/// </remarks>
public sealed class ValueScope(IClock clock, IOptions<ReviewSettings> settings)
{
    private const string LeadTargetsSql = """
        SELECT DISTINCT t.plan_code AS PlanCode, t.indicator_code AS IndicatorCode
        FROM targets t
        JOIN target_agencies ta ON ta.target_id = t.id AND ta.role = 'lead'
        JOIN plans p ON p.code = t.plan_code
        WHERE ta.agency_code = @Agency AND p.area_code IN @Areas
        """;

    private const string EventsSql = """
        SELECT code AS Code, kind AS Kind, period_type AS PeriodType, month AS Month, day AS Day
        FROM reporting_events
        WHERE plan_code = @Plan
        """;

    private const string ReopenedSql = "SELECT COUNT(*) FROM period_reopenings WHERE plan_code = @Plan AND period = @Period AND agency_code = @Agency";

    /// <summary>Null when the user may write this value now; otherwise why not.</summary>
    public async Task<Refusal?> CheckAsync(
        DbConnection connection, DbTransaction? transaction, ClaimsPrincipal user, MeasureCatalogue catalogue,
        string code, string area, Period period, string? currentState, CancellationToken ct)
    {
        if (user.IsInRole(Roles.Statistics) || user.IsInRole(Roles.Admin))
        {
            return UserScope.Covers(catalogue, user, area)
                ? null
                : new Refusal(403, $"Địa bàn {area} không thuộc địa bàn {user.Area()} của tài khoản này.", $"Area {area} is not within this account's area {user.Area()}.");
        }

        if (!user.IsInRole(Roles.Department) || user.Agency() is not { } agency || user.Area() is not { } home)
        {
            return new Refusal(403, "Vai trò của bạn chỉ được xem số liệu.", "Your role may only read values.");
        }

        if (!catalogue.Tree.IsWithin(area, home))
        {
            return new Refusal(403, $"Địa bàn {area} không thuộc địa bàn {home} của đơn vị bạn.", $"Area {area} is not within your area {home}.");
        }

        var plans = (await LeadPlansAsync(connection, transaction, catalogue, agency, home, ct))
            .Where(p => AgencyFields.Of(p.IndicatorCode, catalogue, agency).Any(f => f.Code == code)) // a summed measure's terms: only the agency's own
            .Select(p => p.PlanCode).Distinct().ToList();
        if (plans.Count == 0)
        {
            return new Refusal(403, $"{agency} không chủ trì chỉ tiêu nào dùng '{code}'.", $"{agency} leads no target measured by '{code}'.");
        }

        if (!ReviewWorkflow.DepartmentMayEdit(currentState))
        {
            return new Refusal(409,
                $"Giá trị đã {(currentState == ReviewStates.Approved ? "được duyệt" : "gửi duyệt")}, không sửa được cho đến khi cơ quan điều phối mở lại hoặc trả lại.",
                $"The value is {currentState}; it cannot change until the coordinator reopens or returns it.");
        }

        foreach (var plan in plans)
        {
            if (await LockAsync(connection, transaction, plan, period, agency, ct) is { Locked: true, LockDate: { } lockDate })
            {
                return new Refusal(409,
                    $"Kỳ {period.Id} của kế hoạch {plan} đã khóa từ {lockDate.PlusDays(1):dd/MM/yyyy}; cần cơ quan điều phối mở lại.",
                    $"Period {period.Id} of plan {plan} locked on {lockDate.PlusDays(1):yyyy-MM-dd}; ask the coordinator to reopen it.");
            }
        }

        return null;
    }

    /// <summary>The period's lock date in a plan, and whether it is closed to the agency now (past it and not reopened for it).</summary>
    /// <remarks>The one place the lock-and-reopen rule meets the database: writes, submissions and assignments all ask here.</remarks>
    public async Task<(LocalDate? LockDate, bool Locked)> LockAsync(DbConnection connection, DbTransaction? transaction, string plan, Period period, string agency, CancellationToken ct)
    {
        var lockDate = await LockDateAsync(connection, transaction, plan, period, ct);
        if (!ReportingCalendar.IsLocked(lockDate, clock.GetCurrentInstant()))
        {
            return (lockDate, false);
        }

        var reopened = await connection.ExecuteScalarAsync<int>(new CommandDefinition(ReopenedSql, new { Plan = plan, Period = period.Id, Agency = agency }, transaction, cancellationToken: ct)) > 0;
        return (lockDate, ReviewWorkflow.IsLocked(lockDate, clock.GetCurrentInstant(), reopened));
    }

    /// <summary>The period's lock date in a plan, or null when the plan sets no deadline for it.</summary>
    public async Task<LocalDate?> LockDateAsync(DbConnection connection, DbTransaction? transaction, string plan, Period period, CancellationToken ct) =>
        await DueDateAsync(connection, transaction, plan, period, ct) is { } due ? ReportingCalendar.LockDate(due, settings.Value.LockAfterDays) : null;

    public static async Task<LocalDate?> DueDateAsync(DbConnection connection, DbTransaction? transaction, string plan, Period period, CancellationToken ct)
    {
        var events = await connection.QueryAsync<EventRow>(new CommandDefinition(EventsSql, new { Plan = plan }, transaction, cancellationToken: ct));
        return ReportingCalendar.DueDate(events.Select(e => new ReportingEvent(e.Code, e.Kind, e.PeriodType, e.Month, e.Day)), period);
    }

    /// <summary>The plans and indicators whose targets the agency leads, in plans of its area or the areas above it (its
    /// area's predecessors count: a department of new Ninh Bình answers for old Ninh Bình's plan).</summary>
    public static async Task<IReadOnlyList<(string PlanCode, string IndicatorCode)>> LeadPlansAsync(
        DbConnection connection, DbTransaction? transaction, MeasureCatalogue catalogue, string agency, string home, CancellationToken ct)
    {
        var areas = catalogue.Tree.LineageAndAncestors(home);
        var rows = await connection.QueryAsync<LeadTarget>(new CommandDefinition(LeadTargetsSql, new { Agency = agency, Areas = areas }, transaction, cancellationToken: ct));
        return rows.Select(r => (r.PlanCode, r.IndicatorCode)).ToList();
    }

    private sealed class EventRow
    {
        public string Code { get; init; } = "";
        public string Kind { get; init; } = "";
        public string? PeriodType { get; init; }
        public int Month { get; init; }
        public int Day { get; init; }
    }

    private sealed class LeadTarget
    {
        public string PlanCode { get; init; } = "";
        public string IndicatorCode { get; init; } = "";
    }
}
