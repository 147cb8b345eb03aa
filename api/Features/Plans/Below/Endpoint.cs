using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Plans.Authoring;
using EqualityTracker.Api.Features.Values;
using Dapper;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Plans.Below;

public sealed class Request
{
    /// <summary>The plan's code.</summary>
    public string Code { get; init; } = "";
}

/// <summary>A plan in another plan's cascade, and why it is there.</summary>
public sealed class Response
{
    public required PlanSummary Plan { get; init; }

    /// <summary><c>implements</c> (it names this plan) or <c>below</c> (issued by an area below this plan's, for an overlapping period).</summary>
    [Common.Vocabulary(typeof(PlanRelations))]
    public required string Relation { get; init; }
}

public sealed class Endpoint(Database database, CatalogueCache catalogues) : Endpoint<Request, IReadOnlyList<Response>>
{
    private const string CandidatesSql = PlanSummary.SelectSql + """

        WHERE p.code <> @Code AND (p.implements_code = @Code OR (p.start_year <= @EndYear AND p.end_year >= @StartYear))
        ORDER BY a.level, a.code, p.start_year, p.code
        """;

    public override void Configure()
    {
        Get("/api/plans/{code}/below");
        AllowAnonymous();
        Description(d => d
            .WithName("ListPlansBelow")
            .WithTags("Plans")
            .WithSummary("Kế hoạch cấp dưới / The plans below")
            .WithDescription(
                "The plan's cascade: the plans that implement it, then those issued by areas below its area for an overlapping period " +
                "(district and town plans before July 2025, commune plans after), each with its status. Drafts are listed to their authors only.")
            .ProducesProblems(404));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var catalogue = await catalogues.GetAsync();
        var (plan, _) = await PlanAuthors.ForReadAsync(connection, null, catalogue, User, req.Code, ct);
        if (plan is null)
        {
            await Send.ResultAsync(PlanAuthors.NotFound(req.Code));
            return;
        }

        var candidates = await connection.QueryAsync<PlanSummary>(new CommandDefinition(CandidatesSql, new { req.Code, plan.StartYear, plan.EndYear }, cancellationToken: ct));
        var below = new List<Response>();
        foreach (var candidate in PlanListing.Visible(catalogue, User, candidates))
        {
            if (candidate.Implements == req.Code)
            {
                below.Add(new Response { Plan = candidate, Relation = PlanRelations.Implements });
            }
            else if (candidate.AreaUnit != plan.AreaUnit && catalogue.Tree.IsWithin(candidate.AreaUnit, plan.AreaUnit))
            {
                below.Add(new Response { Plan = candidate, Relation = PlanRelations.Below });
            }
        }

        await Send.OkAsync(below.OrderBy(b => b.Relation == PlanRelations.Implements ? 0 : 1).ToList(), ct);
    }
}
