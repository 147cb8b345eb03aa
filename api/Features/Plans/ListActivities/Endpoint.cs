using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Plans.ListActivities;

public sealed class Endpoint(Database database) : Endpoint<Request, IReadOnlyList<ActivityResponse>>
{
    private const string CountsSql = """
        SELECT (SELECT COUNT(*) FROM plans WHERE code = @Code AND status = 'issued') AS Plans,
               (SELECT COUNT(*) FROM domains WHERE code = @Domain) AS Domains,
               (SELECT COUNT(*) FROM activity_bodies WHERE plan_code = @Code AND body_code = @Body) AS Bodies
        """;

    private const string ActivitiesSql = """
        SELECT a.number AS Number, a.domain_code AS Domain, a.objective_number AS Objective, a.text_vi AS TextVi, a.text_en AS TextEn,
               a.timing AS Timing, a.start_date AS Start, a.end_date AS "End", a.due_date AS Due, a.seed AS Seed, a.seed_sentence AS SeedSentence
        FROM activities a
        WHERE a.plan_code = @Code
          AND (@Domain IS NULL OR a.domain_code = @Domain)
          AND (@YearStart IS NULL OR (a.start_date <= @YearEnd AND a.end_date >= @YearStart))
          AND (@Body IS NULL OR EXISTS (
                SELECT 1 FROM activity_bodies ab WHERE ab.plan_code = a.plan_code AND ab.activity_number = a.number AND ab.body_code = @Body))
        ORDER BY a.id
        """;

    private const string BodiesSql = """
        SELECT ab.activity_number AS Activity, ab.role AS Role, b.code AS Code, b.kind AS Kind, b.name_vi AS NameVi, b.name_en AS NameEn
        FROM activity_bodies ab
        JOIN bodies b ON b.area_code = ab.area_code AND b.code = ab.body_code
        WHERE ab.plan_code = @Code
        ORDER BY ab.activity_number, ab.role, ab.position
        """;

    private const string OutputsSql = """
        SELECT o.activity_number AS Activity, o.number AS Number, o.text_vi AS TextVi, o.text_en AS TextEn, o.quantity AS Quantity,
               o.unit AS Unit, o.by_sex AS BySex, o.per AS Per, o.communes AS Communes
        FROM activity_outputs o
        WHERE o.plan_code = @Code
        ORDER BY o.activity_number, o.number
        """;

    public override void Configure()
    {
        Get("/api/plans/{code}/activities");
        AllowAnonymous();
        Description(d => d
            .WithName("ListPlanActivities")
            .WithTags("Plans")
            .WithSummary("Nhiệm vụ, hoạt động của kế hoạch / A plan's activities")
            .WithDescription(
                "The tasks, solutions and activities the plan assigns, in the plan's order: lead (chủ trì) and coordinating (phối hợp) " +
                "bodies, time, planned outputs, and the plan's own sentence each was read from. Filters: a body that leads or " +
                "coordinates it, a domain, a year the activity's time overlaps.")
            .ProducesProblems(400, 404));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var found = await connection.QuerySingleAsync<Counts>(new CommandDefinition(CountsSql, new { req.Code, req.Domain, req.Body }, cancellationToken: ct));
        if (found.Plans == 0)
        {
            await Send.ResultAsync(Problems.NotFound($"Không có kế hoạch mã '{req.Code}'.", $"No plan with code '{req.Code}'."));
            return;
        }

        if (req.Domain is not null && found.Domains == 0)
        {
            AddError(r => r.Domain, Problems.Bilingual($"Không có lĩnh vực '{req.Domain}'.", $"No domain '{req.Domain}'."));
        }

        if (req.Body is not null && found.Bodies == 0)
        {
            AddError(r => r.Body, Problems.Bilingual($"Kế hoạch không giao việc cho '{req.Body}'.", $"The plan gives '{req.Body}' no activity."));
        }

        ThrowIfAnyErrors();
        var filter = new
        {
            req.Code, req.Domain, req.Body,
            YearStart = req.Year is { } y ? $"{y:D4}-01-01" : null,
            YearEnd = req.Year is { } e ? $"{e:D4}-12-31" : null,
        };
        var activities = await connection.QueryAsync<ActivityRow>(new CommandDefinition(ActivitiesSql, filter, cancellationToken: ct));
        var bodies = (await connection.QueryAsync<BodyRow>(new CommandDefinition(BodiesSql, new { req.Code }, cancellationToken: ct))).ToLookup(b => b.Activity);
        var outputs = (await connection.QueryAsync<OutputRow>(new CommandDefinition(OutputsSql, new { req.Code }, cancellationToken: ct))).ToLookup(o => o.Activity);
        await Send.OkAsync([.. activities.Select(a => a.ToResponse(bodies[a.Number], outputs[a.Number]))], ct);
    }

    private sealed class Counts
    {
        public int Plans { get; init; }
        public int Domains { get; init; }
        public int Bodies { get; init; }
    }

    private sealed class ActivityRow
    {
        public string Number { get; init; } = "";
        public string Domain { get; init; } = "";
        public int? Objective { get; init; }
        public string TextVi { get; init; } = "";
        public string TextEn { get; init; } = "";
        public string Timing { get; init; } = "";
        public string Start { get; init; } = "";
        public string End { get; init; } = "";
        public string? Due { get; init; }
        public string Seed { get; init; } = "";
        public string SeedSentence { get; init; } = "";

        public ActivityResponse ToResponse(IEnumerable<BodyRow> bodies, IEnumerable<OutputRow> outputs)
        {
            var all = bodies.ToList();
            return new ActivityResponse
            {
                Number = Number, Domain = Domain, Objective = Objective, TextVi = TextVi, TextEn = TextEn, Timing = Timing,
                Start = Start, End = End, Due = Due, Seed = Seed, SeedSentence = SeedSentence,
                Lead = [.. all.Where(b => b.Role == AgencyRoles.Lead).Select(b => b.ToBody())],
                Coordinating = [.. all.Where(b => b.Role == AgencyRoles.Coordinating).Select(b => b.ToBody())],
                Outputs = [.. outputs.Select(o => o.ToOutput())],
            };
        }
    }

    private sealed class BodyRow
    {
        public string Activity { get; init; } = "";
        public string Role { get; init; } = "";
        public string Code { get; init; } = "";
        public string Kind { get; init; } = "";
        public string NameVi { get; init; } = "";
        public string NameEn { get; init; } = "";

        public ActivityBody ToBody() => new() { Code = Code, Kind = Kind, NameVi = NameVi, NameEn = NameEn };
    }

    private sealed class OutputRow
    {
        public string Activity { get; init; } = "";
        public int Number { get; init; }
        public string TextVi { get; init; } = "";
        public string TextEn { get; init; } = "";
        public double? Quantity { get; init; }
        public string Unit { get; init; } = "";
        public bool BySex { get; init; }
        public string? Per { get; init; }
        public string? Communes { get; init; }

        public ActivityOutput ToOutput() => new()
        {
            Number = Number, TextVi = TextVi, TextEn = TextEn, Quantity = Quantity, Unit = Unit, BySex = BySex, Per = Per,
            Communes = string.IsNullOrEmpty(Communes) ? [] : Communes.Split('|'),
        };
    }
}
