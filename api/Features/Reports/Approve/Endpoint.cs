using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Reports.Approve;

public sealed class Endpoint(WriteScopes writes, ReportStore reports) : Endpoint<ReportKey, ReportResponse>
{
    public override void Configure()
    {
        Post("/api/plans/{code}/reports/{area}/{body}/{kind}/{period}/approve");
        Roles(Identity.Roles.Admin, Identity.Roles.Department);
        Description(d => d
            .WithName("ApproveReport")
            .WithTags("Reports")
            .WithSummary("Duyệt báo cáo / Approve a report")
            .WithDescription("The report's reviewer (its recipient, or a coordinator over the plan's area) approves a submitted report; it counts in the compiled annual report.")
            .ProducesProblems(401, 403, 404, 409));
    }

    public override async Task HandleAsync(ReportKey req, CancellationToken ct) =>
        await Send.ResultAsync(await reports.DecideAsync(writes, req, ReviewWorkflow.Approve, User, null, ct));
}
