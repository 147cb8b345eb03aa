using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Plans.Authoring;
using EqualityTracker.Api.Features.Values;
using Dapper;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Plans.Versions;

public sealed class Request
{
    /// <summary>The plan's code.</summary>
    public string Code { get; init; } = "";
}

public sealed class Endpoint(Database database, CatalogueCache catalogues) : Endpoint<Request, IReadOnlyList<PlanVersionResponse>>
{
    public const string VersionsSql = """
        SELECT version AS Version, decision_number AS DecisionNumber, decision_date AS DecisionDate, issued_at AS IssuedAt, issued_by AS IssuedBy
        FROM plan_versions
        WHERE plan_code = @Code
        ORDER BY version
        """;

    public override void Configure()
    {
        Get("/api/plans/{code}/versions");
        AllowAnonymous();
        Description(d => d
            .WithName("ListPlanVersions")
            .WithTags("Plans")
            .WithSummary("Lịch sử phiên bản / Version history")
            .WithDescription(
                "Every issued version, oldest first, with its decision number and date, when and by whom it was issued (a seeded plan's first " +
                "version records none); the one everyone reads is current. The plan's authors also see the open draft as the last entry.")
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

        var rows = await connection.QueryAsync<Row>(new CommandDefinition(VersionsSql, new { req.Code }, cancellationToken: ct));
        var versions = rows.Select(r => r.ToResponse(plan.Version)).ToList();
        if (author && await PlanStore.DraftAsync(connection, null, req.Code, ct) is { } draft)
        {
            versions.Add(new PlanVersionResponse { Version = draft.Version, Status = PlanStatuses.Draft, Current = false, DecisionNumber = draft.DecisionNumber });
        }

        await Send.OkAsync(versions, ct);
    }

    public sealed class Row
    {
        public int Version { get; init; }
        public string? DecisionNumber { get; init; }
        public string? DecisionDate { get; init; }
        public string? IssuedAt { get; init; }
        public string? IssuedBy { get; init; }

        public PlanVersionResponse ToResponse(int current) => new()
        {
            Version = Version, Status = PlanStatuses.Issued, Current = Version == current, DecisionNumber = DecisionNumber, DecisionDate = DecisionDate,
            IssuedAt = IssuedAt is null ? null : InstantText.Parse(IssuedAt), IssuedBy = IssuedBy,
        };
    }
}
