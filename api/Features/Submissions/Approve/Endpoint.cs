using EqualityTracker.Api.Common;
using EqualityTracker.Api.Identity;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Submissions.Approve;

public sealed class Request
{
    public int Id { get; init; }
}

public sealed class Endpoint(SubmissionDecision decision) : Endpoint<Request, SubmissionResponse>
{
    public override void Configure()
    {
        Post("/api/submissions/{id}/approve");
        Roles(Identity.Roles.Admin);
        Description(d => d
            .WithName("ApproveSubmission")
            .WithTags("Review")
            .WithSummary("Duyệt / Approve")
            .WithDescription("The coordinating department approves a submission: its values become 'approved' and are locked until reopened.")
            .ProducesProblems(401, 403, 404, 409));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct) =>
        await Send.ResultAsync(await decision.DecideAsync(req.Id, Domain.ReviewWorkflow.Approve, User, null, ct));
}
