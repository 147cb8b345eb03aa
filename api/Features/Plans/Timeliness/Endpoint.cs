using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Values;
using FastEndpoints;
using NodaTime;

namespace EqualityTracker.Api.Features.Plans.Timeliness;

/// <summary>Who reported a plan period on time, late, or not yet — for the coordinator chasing late departments.</summary>
/// <remarks>
/// A target counts as submitted when every value behind it, at the agency's area, is submitted or approved; on time
/// when the agency's first submission of the period came by the due date (Viet Nam's day, inclusive).
/// </remarks>
public sealed class Endpoint(Database database, CatalogueCache catalogues, ValueScope scope, IClock clock) : Endpoint<Request, Response>
{
    private const string PlanSql = "SELECT area_code FROM plans WHERE code = @Code AND status = 'issued'";

    private const string LeadTargetsSql = """
        SELECT ta.agency_code AS Agency, a.name_vi AS NameVi, a.name_en AS NameEn, t.indicator_code AS IndicatorCode
        FROM targets t
        JOIN target_agencies ta ON ta.target_id = t.id AND ta.role = 'lead'
        JOIN agencies a ON a.code = ta.agency_code
        WHERE t.plan_code = @Code
        """;

    private const string SubmissionsSql = """
        SELECT agency_code AS Agency, area_code AS Area, status AS Status, submitted_at AS SubmittedAt
        FROM submissions
        WHERE plan_code = @Code AND period = @Period
        ORDER BY id
        """;

    private const string StatesSql = """
        SELECT measure_code AS Code, sex AS Sex, state AS State
        FROM data_values
        WHERE area_code = @Area AND period = @Period AND deleted = 0
        """;

    public override void Configure()
    {
        Get("/api/plans/{code}/timeliness");
        Roles(Identity.Roles.Admin);
        Description(d => d
            .WithName("GetPlanTimeliness")
            .WithTags("Review")
            .WithSummary("Đơn vị nào báo cáo đúng hạn / Who reported on time")
            .WithDescription("Per lead agency: targets expected, submitted on time, submitted late and missing, against the due date from the plan's reporting calendar (Asia/Ho_Chi_Minh); late agencies first.")
            .ProducesProblems(400, 401, 403, 404));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var planArea = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(PlanSql, new { req.Code }, cancellationToken: ct));
        if (planArea is null)
        {
            await Send.ResultAsync(Problems.NotFound($"Không có kế hoạch mã '{req.Code}'.", $"No plan with code '{req.Code}'."));
            return;
        }

        var period = Period.Parse(req.Period!);
        var today = ReportingCalendar.Today(clock.GetCurrentInstant());
        var due = await ValueScope.DueDateAsync(connection, null, req.Code, period, ct);
        var catalogue = await catalogues.GetAsync();
        var targets = (await connection.QueryAsync<LeadTarget>(new CommandDefinition(LeadTargetsSql, new { req.Code }, cancellationToken: ct))).AsList();
        var submissions = (await connection.QueryAsync<SubmissionRow>(new CommandDefinition(SubmissionsSql, new { req.Code, Period = period.Id }, cancellationToken: ct))).AsList();

        var rows = new List<AgencyTimeliness>();
        foreach (var agency in targets.GroupBy(t => t.Agency))
        {
            var own = submissions.Where(s => s.Agency == agency.Key).ToList();
            var area = own.LastOrDefault()?.Area ?? planArea;
            var states = (await connection.QueryAsync<StateRow>(new CommandDefinition(StatesSql, new { Area = area, Period = period.Id }, cancellationToken: ct)))
                .ToDictionary(s => (s.Code, s.Sex), s => s.State);
            var submitted = agency.Count(t => AgencyFields.Of(t.IndicatorCode, catalogue, agency.Key) is { Count: > 0 } fields
                && fields.All(f => states.TryGetValue(f, out var state) && ReviewWorkflow.IsReported(state)));
            var firstAt = own.Count > 0 ? InstantText.Parse(own[0].SubmittedAt) : (Instant?)null;
            var onTime = firstAt is { } at && ReviewWorkflow.OnTime(at, due);
            var missing = agency.Count() - submitted;
            var late = onTime ? 0 : submitted;
            rows.Add(new AgencyTimeliness
            {
                Agency = agency.Key, NameVi = agency.First().NameVi, NameEn = agency.First().NameEn, Expected = agency.Count(),
                OnTime = onTime ? submitted : 0, Late = late, Missing = missing,
                IsLate = late > 0 || (due is { } d && today > d && missing > 0),
                SubmissionStatus = own.LastOrDefault()?.Status,
            });
        }

        var ordered = rows.OrderByDescending(r => r.IsLate).ThenByDescending(r => r.Missing).ThenBy(r => r.Agency, StringComparer.Ordinal).ToList();
        await Send.OkAsync(new Response
        {
            Plan = req.Code, Period = period.Id, DueDate = due, LockDate = await scope.LockDateAsync(connection, null, req.Code, period, ct), Today = today,
            Agencies = ordered, Late = ordered.Where(r => r.IsLate).Select(r => r.Agency).ToList(),
        }, ct);
    }

    private sealed class LeadTarget
    {
        public string Agency { get; init; } = "";
        public string NameVi { get; init; } = "";
        public string NameEn { get; init; } = "";
        public string IndicatorCode { get; init; } = "";
    }

    private sealed class SubmissionRow
    {
        public string Agency { get; init; } = "";
        public string Area { get; init; } = "";
        public string Status { get; init; } = "";
        public string SubmittedAt { get; init; } = "";
    }

    private sealed class StateRow
    {
        public string Code { get; init; } = "";
        public string Sex { get; init; } = "";
        public string State { get; init; } = "";
    }
}
