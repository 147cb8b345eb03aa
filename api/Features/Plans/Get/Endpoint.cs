using EqualityTracker.Api.Shapes;
using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Plans.Get;

public sealed class Endpoint(Database database, EqualityTracker.Api.Features.Values.CatalogueCache catalogues) : Endpoint<Request, Response>
{
    private const string PlanSql = PlanSummary.SelectSql + """

        WHERE p.code = @Code
        """;

    private const string ObjectivesSql = """
        SELECT o.number AS Number, o.domain_code AS Domain, d.name_vi AS DomainNameVi, d.name_en AS DomainNameEn,
               o.title_vi AS TitleVi, o.title_en AS TitleEn
        FROM objectives o
        JOIN domains d ON d.code = o.domain_code
        WHERE o.plan_code = @Code
        ORDER BY o.number
        """;

    private const string TargetsSql = TargetResponse.SelectSql + """

        WHERE t.plan_code = @Code
        ORDER BY t.objective_number, t.number, t.year
        """;

    private const string CalendarSql = """
        SELECT code AS Code, kind AS Kind, period_type AS PeriodType, month AS Month, day AS Day,
               end_month AS EndMonth, end_day AS EndDay, name_vi AS NameVi, name_en AS NameEn
        FROM reporting_events
        WHERE plan_code = @Code
        ORDER BY month, day, code
        """;

    public override void Configure()
    {
        Get("/api/plans/{code}");
        AllowAnonymous();
        Description(d => d
            .WithName("GetPlan")
            .WithTags("Plans")
            .WithSummary("Một kế hoạch / One plan")
            .WithDescription(
                "The plan's issued version with its legal basis, reporting calendar, and objectives with their targets; the plans below it are at " +
                "/below, its history at /versions. A draft never issued is shown to its authors only (with no content yet: the draft is at /draft).")
            .ProducesProblems(404));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var plan = PlanListing.Visible(await catalogues.GetAsync(), User,
            await connection.QuerySingleOrDefaultAsync<PlanSummary>(new CommandDefinition(PlanSql, new { req.Code }, cancellationToken: ct)));
        if (plan is null)
        {
            await Send.ResultAsync(Problems.NotFound($"Không có kế hoạch mã '{req.Code}'.", $"No plan with code '{req.Code}'."));
            return;
        }

        var objectives = (await connection.QueryAsync<ObjectiveResponse>(new CommandDefinition(ObjectivesSql, new { req.Code }, cancellationToken: ct))).AsList();
        var targets = (await TargetResponse.LoadAsync(connection, TargetsSql, new { req.Code }, ct)).ToLookup(t => t.Objective);
        foreach (var objective in objectives)
        {
            objective.Targets = targets[objective.Number].ToList();
        }

        var calendar = await connection.QueryAsync<ReportingEventResponse>(new CommandDefinition(CalendarSql, new { req.Code }, cancellationToken: ct));
        await Send.OkAsync(new Response { Plan = plan, Objectives = objectives, ReportingCalendar = calendar.AsList() }, ct);
    }
}
