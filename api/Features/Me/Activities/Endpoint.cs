using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Reports;
using EqualityTracker.Api.Identity;
using FastEndpoints;
using NodaTime;

namespace EqualityTracker.Api.Features.Me.Activities;

public sealed class Endpoint(Database database, ReportRoster roster, ReportStore reports, Values.CatalogueCache catalogues, IClock clock) : Endpoint<Request, Response>
{
    private const string ActivitiesSql = """
        SELECT a.number AS Number, a.domain_code AS Domain, a.text_vi AS TextVi, a.text_en AS TextEn, MAX(ab.role) AS Role,
               a.start_date AS Start, a.end_date AS "End", a.due_date AS Due
        FROM activities a
        JOIN activity_bodies ab ON ab.plan_code = a.plan_code AND ab.activity_number = a.number
        WHERE a.plan_code = @Plan AND ab.body_code = @Body AND a.start_date <= @YearEnd AND a.end_date >= @YearStart
        GROUP BY a.id, a.number, a.domain_code, a.text_vi, a.text_en, a.start_date, a.end_date, a.due_date
        ORDER BY a.id
        """;

    private const string OutputsSql = """
        SELECT activity_number AS Activity, number AS Number, text_vi AS TextVi, text_en AS TextEn, quantity AS Quantity, unit AS Unit, by_sex AS BySex
        FROM activity_outputs
        WHERE plan_code = @Plan
        ORDER BY activity_number, number
        """;

    public override void Configure()
    {
        Get("/api/me/activities");
        Roles(Identity.Roles.Department);
        Description(d => d
            .WithName("GetMyActivities")
            .WithTags("Reports")
            .WithSummary("Nhiệm vụ của đơn vị tôi / My body's activities and reports")
            .WithDescription(
                "For the signed-in body (a department, a People's Committee, a mass organisation, a town office): the plan's " +
                "activities it leads (chủ trì) or coordinates (phối hợp) whose time overlaps the year, with the outputs to report, " +
                "and the reports it owes that year with their due and lock dates and state.")
            .ProducesProblems(400, 401, 403, 404));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        if (await ReportRoster.PlanAsync(connection, null, req.Plan, ct) is not { } plan)
        {
            await Send.ResultAsync(Problems.NotFound($"Không có kế hoạch mã '{req.Plan}'.", $"No plan with code '{req.Plan}'."));
            return;
        }

        var year = req.Year ?? ReportingCalendar.Today(clock.GetCurrentInstant()).Year;
        var (area, body) = (User.Area() ?? "", User.Body() ?? "");
        var args = new { req.Plan, Body = body, YearStart = $"{year:D4}-01-01", YearEnd = $"{year:D4}-12-31" };
        var outputs = (await connection.QueryAsync<OutputRow>(new CommandDefinition(OutputsSql, args, cancellationToken: ct))).ToLookup(o => o.Activity);
        var activities = (await connection.QueryAsync<ActivityRow>(new CommandDefinition(ActivitiesSql, args, cancellationToken: ct))).Select(a => new MyActivity
        {
            Number = a.Number, Domain = a.Domain, TextVi = a.TextVi, TextEn = a.TextEn, Role = a.Role, Start = a.Start, End = a.End, Due = a.Due,
            Outputs = [.. outputs[a.Number].Select(o => new MyOutput { Number = o.Number, TextVi = o.TextVi, TextEn = o.TextEn, Quantity = o.Quantity, Unit = o.Unit, BySex = o.BySex == 1 })],
        }).ToList();
        var map = (await catalogues.GetAsync()).Map;

        // A body carried to a successor still reports, for this plan, at the plan's own unit when the plan's unit is in its lineage.
        area = map.SameLineage(plan.Area, area) ? plan.Area : area;
        var owed = (await roster.LoadAsync(connection, null, plan, ct))
            .Where(e => map.SameLineage(e.Expected.Area, area) && e.Expected.Body == body && e.Expected.Due.Year == year)
            .Select(e => new MyReport
            {
                Kind = e.Expected.Kind, Period = e.Expected.Period, Due = e.Expected.Due, LockDate = e.LockDate, Recipient = e.Expected.Recipient,
                State = e.Filed?.State, Locked = reports.IsLocked(e),
            }).ToList();
        await Send.OkAsync(new Response { Plan = plan.Code, Year = year, Area = area, Body = body, Activities = activities, Reports = owed }, ct);
    }

    private sealed class ActivityRow
    {
        public string Number { get; init; } = "";
        public string Domain { get; init; } = "";
        public string TextVi { get; init; } = "";
        public string TextEn { get; init; } = "";
        public string Role { get; init; } = "";
        public string Start { get; init; } = "";
        public string End { get; init; } = "";
        public string? Due { get; init; }
    }

    private sealed class OutputRow
    {
        public string Activity { get; init; } = "";
        public int Number { get; init; }
        public string TextVi { get; init; } = "";
        public string TextEn { get; init; } = "";
        public double? Quantity { get; init; }
        public string Unit { get; init; } = "";
        public int BySex { get; init; }
    }
}
