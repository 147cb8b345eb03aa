using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Features.Plans.Authoring;
using EqualityTracker.Api.Features.Values;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Plans.GetDraft;

public sealed class Request
{
    /// <summary>The plan's code.</summary>
    public string Code { get; init; } = "";
}

public sealed class Endpoint(Database database, CatalogueCache catalogues) : Endpoint<Request, PlanDraftResponse>
{
    public override void Configure()
    {
        Get("/api/plans/{code}/draft");
        Roles(Identity.Roles.Admin);
        Description(d => d
            .WithName("GetPlanDraft")
            .WithTags("Plans")
            .WithSummary("Bản dự thảo đang soạn / The draft being written")
            .WithDescription(
                "The draft of the plan's next version (a new plan's first, or an amendment) with its ETag, for the coordinators of the plan's " +
                "area and above; 404 for anyone else, and when no draft is open.")
            .ProducesHeaders(StatusCodes.Status200OK, ApiHeaders.ETag)
            .ProducesProblems(401, 403, 404));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var (plan, author) = await PlanAuthors.ForReadAsync(connection, null, await catalogues.GetAsync(), User, req.Code, ct);
        if (plan is null || !author)
        {
            await Send.ResultAsync(PlanAuthors.NotFound(req.Code));
            return;
        }

        var draft = await PlanStore.DraftAsync(connection, null, req.Code, ct);
        if (draft is null)
        {
            await Send.ResultAsync(PlanAuthors.NoDraft(req.Code));
            return;
        }

        HttpContext.Response.Headers.ETag = PlanAuthors.ETagOf(draft);
        await Send.OkAsync(PlanAuthors.Response(plan, draft), ct);
    }
}
