using EqualityTracker.Api.Shapes;
using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Plans.ListTargets;

public sealed class Endpoint(Database database) : Endpoint<Request, IReadOnlyList<TargetResponse>>
{
    private const string Sql = TargetResponse.SelectSql + """

        WHERE t.plan_code = @Code
          AND (@Domain IS NULL OR i.domain_code = @Domain)
          AND (@Agency IS NULL OR EXISTS (
                SELECT 1 FROM target_agencies ta WHERE ta.target_id = t.id AND ta.agency_code = @Agency))
        ORDER BY t.objective_number, t.number, t.year
        """;

    private const string CountsSql = """
        SELECT (SELECT COUNT(*) FROM plans WHERE code = @Code AND status = 'issued') AS Plans,
               (SELECT COUNT(*) FROM domains WHERE code = @Domain) AS Domains,
               (SELECT COUNT(*) FROM agencies WHERE code = @Agency) AS Agencies
        """;

    public override void Configure()
    {
        Get("/api/plans/{code}/targets");
        AllowAnonymous();
        Description(d => d
            .WithName("ListPlanTargets")
            .WithTags("Plans")
            .WithSummary("Chỉ tiêu của kế hoạch / A plan's targets")
            .WithDescription("The plan's targets in order, filtered by domain and by an agency that leads or coordinates them.")
            .ProducesProblems(400, 404));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var found = await connection.QuerySingleAsync<Counts>(new CommandDefinition(CountsSql, new { req.Code, req.Domain, req.Agency }, cancellationToken: ct));
        if (found.Plans == 0)
        {
            await Send.ResultAsync(Problems.NotFound($"Không có kế hoạch mã '{req.Code}'.", $"No plan with code '{req.Code}'."));
            return;
        }

        if (req.Domain is not null && found.Domains == 0)
        {
            AddError(r => r.Domain, Problems.Bilingual($"Không có lĩnh vực '{req.Domain}'.", $"No domain '{req.Domain}'."));
        }

        if (req.Agency is not null && found.Agencies == 0)
        {
            AddError(r => r.Agency, Problems.Bilingual($"Không có cơ quan '{req.Agency}'.", $"No agency '{req.Agency}'."));
        }

        ThrowIfAnyErrors();
        var targets = await TargetResponse.LoadAsync(connection, Sql, new { req.Code, req.Domain, req.Agency }, ct);
        await Send.OkAsync(targets, ct);
    }

    private sealed class Counts
    {
        public int Plans { get; init; }
        public int Domains { get; init; }
        public int Agencies { get; init; }
    }
}
