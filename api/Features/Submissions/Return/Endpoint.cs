using EqualityTracker.Api.Common;
using EqualityTracker.Api.Identity;
using FastEndpoints;
using FluentValidation;

namespace EqualityTracker.Api.Features.Submissions.Return;

public sealed class Request
{
    public int Id { get; init; }

    /// <summary>What the department must fix.</summary>
    public string Comment { get; init; } = "";

    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Comment).NotEmpty().WithMessage(Problems.Bilingual("Cần ghi lý do trả lại.", "comment is required."))
                .MaximumLength(1000).WithMessage(Problems.Bilingual("Lý do quá dài.", "comment is too long."));
        }
    }
}

public sealed class Endpoint(SubmissionDecision decision) : Endpoint<Request, SubmissionResponse>
{
    public override void Configure()
    {
        Post("/api/submissions/{id}/return");
        Roles(Identity.Roles.Admin);
        Description(d => d
            .WithName("ReturnSubmission")
            .WithTags("Review")
            .WithSummary("Trả lại kèm nhận xét / Return with a comment")
            .WithDescription("The coordinating department returns a submission: its values become 'returned', editable again by the department.")
            .ProducesProblems(400, 401, 403, 404, 409));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct) =>
        await Send.ResultAsync(await decision.DecideAsync(req.Id, Domain.ReviewWorkflow.Return, User, req.Comment.Trim(), ct));
}
