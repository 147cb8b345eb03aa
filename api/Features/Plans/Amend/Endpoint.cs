using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Plans.Authoring;
using EqualityTracker.Api.Features.Values;
using EqualityTracker.Api.Identity;
using Dapper;
using FastEndpoints;
using NodaTime;

namespace EqualityTracker.Api.Features.Plans.Amend;

public sealed class Request
{
    /// <summary>The plan's code.</summary>
    public string Code { get; init; } = "";

    /// <summary>The number of the decision that amends the plan (it may also be given, or changed, when the amendment is issued).</summary>
    public string? DecisionNumber { get; init; }
}

public sealed class Endpoint(WriteScopes writes, CatalogueCache catalogues, IClock clock) : Endpoint<Request, PlanDraftResponse>
{
    public override void Configure()
    {
        Post("/api/plans/{code}/amend");
        Roles(Identity.Roles.Admin);
        Description(d => d
            .WithName("AmendPlan")
            .WithTags("Plans")
            .WithSummary("Sửa đổi kế hoạch đã ban hành / Amend an issued plan")
            .WithDescription(
                "JSON {decisionNumber}: opens version n + 1 of an issued plan as a draft, a copy of version n. Until it is issued, everyone — " +
                "its authors too, on every ordinary read — sees version n; the amendment is read at GET /api/plans/{code}/draft and listed in the " +
                "history as a draft (to the authors). 201 with the draft and its ETag; 409 when the plan is a draft or an amendment is already open.")
            .Produces<PlanDraftResponse>(StatusCodes.Status201Created)
            .ProducesHeaders(StatusCodes.Status201Created, ApiHeaders.ETag, ApiHeaders.Location)
            .ProducesProblems(400, 401, 403, 404, 409));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        if (req.DecisionNumber is { Length: > 200 })
        {
            ThrowError(r => r.DecisionNumber!, Problems.Bilingual("Số văn bản tối đa 200 ký tự.", "decisionNumber is at most 200 characters."));
        }

        await using var work = await writes.BeginAsync(ct);
        var (plan, refusal) = await PlanAuthors.ForWriteAsync(work, await catalogues.GetAsync(), User, req.Code, ct);
        if (plan is null)
        {
            await Send.ResultAsync(refusal!);
            return;
        }

        if (plan.Status == PlanStatuses.Draft || plan.DraftVersion is not null)
        {
            await Send.ResultAsync(PlanAuthors.Conflict(
                $"Kế hoạch '{req.Code}' đang có bản dự thảo (phiên bản {plan.DraftVersion}): sửa bản đó.",
                $"Plan '{req.Code}' already has a draft open (version {plan.DraftVersion}): change that one."));
            return;
        }

        var row = (await PlanStore.PlanAsync(work.Connection, work.Transaction, req.Code, ct))!;
        var content = await PlanStore.LiveAsync(work.Connection, work.Transaction, row, ct);
        var at = InstantText.Format(clock.GetCurrentInstant());
        await work.Connection.ExecuteAsync(new CommandDefinition(Create.Endpoint.InsertDraftSql, new
        {
            req.Code, Version = plan.Version + 1, DecisionNumber = string.IsNullOrWhiteSpace(req.DecisionNumber) ? null : req.DecisionNumber.Trim(),
            Content = PlanStore.Serialize(content), At = at, By = User.Username(),
        }, work.Transaction, cancellationToken: ct));
        plan = (await PlanAuthors.SummaryAsync(work.Connection, work.Transaction, req.Code, ct))!;
        var draft = (await PlanStore.DraftAsync(work.Connection, work.Transaction, req.Code, ct))!;
        work.Changes.Nothing();
        await work.CommitAsync();
        HttpContext.Response.Headers.ETag = PlanAuthors.ETagOf(draft);
        await Send.ResultAsync(TypedResults.Created($"/api/plans/{Uri.EscapeDataString(req.Code)}/draft", PlanAuthors.Response(plan, draft)));
    }
}
