using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using FastEndpoints;
using FluentValidation;

namespace EqualityTracker.Api.Features.Reports.Return;

public sealed class Request : ReportKey
{
    /// <summary>Why it goes back: what to correct (required).</summary>
    public string Comment { get; init; } = "";

    public sealed class Validator : Validator<Request>
    {
        public Validator() =>
            RuleFor(r => r.Comment).NotEmpty().MaximumLength(1000)
                .WithMessage(Problems.Bilingual("Cần nêu lý do trả lại (tối đa 1000 ký tự).", "comment is required (at most 1000 characters)."));
    }
}

public sealed class Endpoint(WriteScopes writes, ReportStore reports) : Endpoint<Request, ReportResponse>
{
    public override void Configure()
    {
        Post("/api/plans/{code}/reports/{area}/{body}/{kind}/{period}/return");
        Roles(Identity.Roles.Admin, Identity.Roles.Department);
        Description(d => d
            .WithName("ReturnReport")
            .WithTags("Reports")
            .WithSummary("Trả lại báo cáo / Return a report")
            .WithDescription("JSON {comment}. The reviewer sends a submitted report back to its body with what to correct; the body can change and submit it again.")
            .ProducesProblems(400, 401, 403, 404, 409));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct) =>
        await Send.ResultAsync(await reports.DecideAsync(writes, req, ReviewWorkflow.Return, User, req.Comment.Trim(), ct));
}
