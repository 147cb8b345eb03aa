using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Plans.Authoring;
using EqualityTracker.Api.Features.Values;
using EqualityTracker.Api.Shapes;
using Dapper;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Plans.GetVersion;

public sealed class Request
{
    /// <summary>The plan's code.</summary>
    public string Code { get; init; } = "";

    /// <summary>The version's number (1, 2, …).</summary>
    public int N { get; init; }
}

/// <summary>One version of a plan with its whole content.</summary>
public sealed class Response
{
    public required string Code { get; init; }
    public required string AreaCode { get; init; }
    public required PlanVersionResponse Version { get; init; }
    public required PlanContent Content { get; init; }
}

public sealed class Endpoint(Database database, CatalogueCache catalogues) : Endpoint<Request, Response>
{
    private const string VersionSql = """
        SELECT version AS Version, decision_number AS DecisionNumber, decision_date AS DecisionDate, issued_at AS IssuedAt, issued_by AS IssuedBy,
               content AS Content
        FROM plan_versions
        WHERE plan_code = @Code AND version = @N
        """;

    public override void Configure()
    {
        Get("/api/plans/{code}/versions/{n}");
        AllowAnonymous();
        Description(d => d
            .WithName("GetPlanVersion")
            .WithTags("Plans")
            .WithSummary("Một phiên bản / One version")
            .WithDescription(
                "An issued version's whole content as it was issued (title, legal basis, objectives, targets, indicators it defined, activities, " +
                "budget lines, calendar, duties, bodies) with its decision. The open draft's number answers the draft to the plan's authors only.")
            .ProducesProblems(404));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var (plan, author) = await PlanAuthors.ForReadAsync(connection, null, await catalogues.GetAsync(), User, req.Code, ct);
        if (plan is null)
        {
            await Send.ResultAsync(PlanAuthors.NotFound(req.Code));
            return;
        }

        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(VersionSql, new { req.Code, req.N }, cancellationToken: ct));
        if (row is not null)
        {
            var content = row.Content is { } json
                ? PlanStore.Deserialize(json)
                : await PlanStore.LiveAsync(connection, null, (await PlanStore.PlanAsync(connection, null, req.Code, ct))!, ct);
            await Send.OkAsync(new Response { Code = plan.Code, AreaCode = plan.AreaCode, Version = row.ToResponse(plan.Version), Content = content }, ct);
            return;
        }

        if (author && await PlanStore.DraftAsync(connection, null, req.Code, ct) is { } draft && draft.Version == req.N)
        {
            await Send.OkAsync(new Response
            {
                Code = plan.Code, AreaCode = plan.AreaCode, Content = PlanStore.Deserialize(draft.Content),
                Version = new PlanVersionResponse { Version = draft.Version, Status = PlanStatuses.Draft, Current = false, DecisionNumber = draft.DecisionNumber },
            }, ct);
            return;
        }

        await Send.ResultAsync(Common.Problems.NotFound($"Kế hoạch '{req.Code}' không có phiên bản {req.N}.", $"Plan '{req.Code}' has no version {req.N}."));
    }

    private sealed class Row
    {
        public int Version { get; init; }
        public string? DecisionNumber { get; init; }
        public string? DecisionDate { get; init; }
        public string? IssuedAt { get; init; }
        public string? IssuedBy { get; init; }
        public string? Content { get; init; }

        public PlanVersionResponse ToResponse(int current) => new Versions.Endpoint.Row
        {
            Version = Version, DecisionNumber = DecisionNumber, DecisionDate = DecisionDate, IssuedAt = IssuedAt, IssuedBy = IssuedBy,
        }.ToResponse(current);
    }
}
