using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Reports.Submit;

public sealed class Endpoint(WriteScopes writes, ReportStore reports) : Endpoint<ReportKey, ReportResponse>
{
    public override void Configure()
    {
        Post("/api/plans/{code}/reports/{area}/{body}/{kind}/{period}/submit");
        Roles(Identity.Roles.Department);
        Description(d => d
            .WithName("SubmitReport")
            .WithTags("Reports")
            .WithSummary("Gửi báo cáo / Submit a report")
            .WithDescription("The body sends its draft or returned report to its reviewer: it becomes submitted and can no longer be changed. Only before its lock date, unless reopened.")
            .ProducesProblems(401, 403, 404, 409));
    }

    public override async Task HandleAsync(ReportKey req, CancellationToken ct) =>
        await Send.ResultAsync(await reports.DecideAsync(writes, req, ReviewWorkflow.Submit, User, null, ct));
}
