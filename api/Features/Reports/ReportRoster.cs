using System.Data.Common;
using Dapper;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Values;
using Microsoft.Extensions.Options;

namespace EqualityTracker.Api.Features.Reports;

/// <summary>A plan's reporting roster: every report its bodies owe (<see cref="ReportDuties"/>), with what was filed.</summary>
public sealed class ReportRoster(CatalogueCache catalogues, IOptions<ReviewSettings> review)
{
    private const string PlanSql = "SELECT code AS Code, area_code AS Area, start_year AS StartYear, end_year AS EndYear FROM plans WHERE code = @Code AND status = 'issued'";

    // Bodies with an activity (a group whose members the plan does not list reports nothing as such), and the plan
    // area's district and commune People's Committees, which the seeds name as reporters.
    private const string BodiesSql = """
        SELECT ab.area_code AS Area, ab.body_code AS Code, MAX(CASE WHEN ab.role = 'lead' THEN 1 ELSE 0 END) AS Leads
        FROM activity_bodies ab
        JOIN bodies b ON b.area_code = ab.area_code AND b.code = ab.body_code
        WHERE ab.plan_code = @Code AND b.kind <> 'group'
        GROUP BY ab.area_code, ab.body_code
        UNION
        SELECT b.area_code AS Area, b.code AS Code, 0 AS Leads
        FROM bodies b
        JOIN plans p ON p.area_code = b.area_code
        WHERE p.code = @Code AND b.kind IN ('district-committee', 'commune-committee')
        """;

    private const string DutiesSql = """
        SELECT code AS Code, reporter AS Reporter, recipient AS Recipient, report_kind AS Kind, month AS Month, day AS Day,
               end_month AS EndMonth, end_day AS EndDay
        FROM reporting_duties
        WHERE plan_code = @Code
        """;

    private const string NamesSql = "SELECT area_code AS Area, code AS Code, name_vi AS NameVi, name_en AS NameEn FROM bodies";

    private const string FiledSql = """
        SELECT id AS Id, area_code AS Area, body_code AS Body, kind AS Kind, period AS Period, state AS State,
               submitted_at AS SubmittedAt, reopened AS Reopened
        FROM activity_reports
        WHERE plan_code = @Code
        """;

    /// <summary>The plan, or null when there is none with that code.</summary>
    public static async Task<PlanRow?> PlanAsync(DbConnection connection, DbTransaction? transaction, string code, CancellationToken ct) =>
        await connection.QuerySingleOrDefaultAsync<PlanRow>(new CommandDefinition(PlanSql, new { Code = code }, transaction, cancellationToken: ct));

    /// <summary>Every report the plan's bodies owe in its years, with the one filed for each (if any).</summary>
    public async Task<IReadOnlyList<RosterEntry>> LoadAsync(DbConnection connection, DbTransaction? transaction, PlanRow plan, CancellationToken ct)
    {
        var args = new { plan.Code };
        var bodies = (await connection.QueryAsync<BodyRow>(new CommandDefinition(BodiesSql, args, transaction, cancellationToken: ct)))
            .GroupBy(b => (b.Area, b.Code))
            .Select(g => new DutyBody(g.Key.Area, g.Key.Code, g.Any(b => b.Leads == 1)))
            .OrderBy(b => b.Code, StringComparer.Ordinal).ToList();
        var duties = (await connection.QueryAsync<DutyRow>(new CommandDefinition(DutiesSql, args, transaction, cancellationToken: ct)))
            .Select(d => new ReportingDuty(d.Code, d.Reporter, d.Recipient, d.Kind, d.Month, d.Day, d.EndMonth, d.EndDay)).ToList();
        var names = (await connection.QueryAsync<NameRow>(new CommandDefinition(NamesSql, transaction: transaction, cancellationToken: ct)))
            .ToDictionary(n => (n.Area, n.Code));
        var filed = (await connection.QueryAsync<FiledRow>(new CommandDefinition(FiledSql, args, transaction, cancellationToken: ct)))
            .ToDictionary(f => (f.Area, f.Body, f.Kind, f.Period));
        var catalogue = await catalogues.GetAsync();
        var expected = ReportDuties.Expected(bodies, duties, catalogue.Tree, plan.StartYear, plan.EndYear);
        return [.. expected.Select(e =>
        {
            // A People's Committee of a district or commune is named by its collective's row at the plan's area.
            var name = names.GetValueOrDefault((e.Area, e.Body)) ?? names.GetValueOrDefault((plan.Area, e.Body));
            var recipient = e.Recipient is null ? null : names.GetValueOrDefault((plan.Area, e.Recipient));
            return new RosterEntry(e, name?.NameVi ?? e.Body, name?.NameEn ?? e.Body, recipient?.NameVi, recipient?.NameEn,
                ReportingCalendar.LockDate(e.Due, review.Value.LockAfterDays), filed.GetValueOrDefault((e.Area, e.Body, e.Kind, e.Period)));
        })];
    }

    public sealed class PlanRow
    {
        public string Code { get; init; } = "";
        public string Area { get; init; } = "";
        public int StartYear { get; init; }
        public int EndYear { get; init; }
    }

    private sealed class BodyRow
    {
        public string Area { get; init; } = "";
        public string Code { get; init; } = "";
        public int Leads { get; init; }
    }

    private sealed class DutyRow
    {
        public string Code { get; init; } = "";
        public string Reporter { get; init; } = "";
        public string? Recipient { get; init; }
        public string Kind { get; init; } = "";
        public int? Month { get; init; }
        public int? Day { get; init; }
        public int? EndMonth { get; init; }
        public int? EndDay { get; init; }
    }

    private sealed class NameRow
    {
        public string Area { get; init; } = "";
        public string Code { get; init; } = "";
        public string NameVi { get; init; } = "";
        public string NameEn { get; init; } = "";
    }

    public sealed class FiledRow
    {
        public int Id { get; init; }
        public string Area { get; init; } = "";
        public string Body { get; init; } = "";
        public string Kind { get; init; } = "";
        public string Period { get; init; } = "";
        public string State { get; init; } = "";
        public string? SubmittedAt { get; init; }
        public int Reopened { get; init; }
    }
}

/// <summary>One owed report, the names of its body and recipient, its lock date, and what was filed.</summary>
public sealed record RosterEntry(
    ExpectedReport Expected, string BodyNameVi, string BodyNameEn, string? RecipientNameVi, string? RecipientNameEn,
    NodaTime.LocalDate LockDate, ReportRoster.FiledRow? Filed);
