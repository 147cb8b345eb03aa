using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Reports.Reopen;

public sealed class Endpoint(WriteScopes writes, ReportStore reports) : Endpoint<ReportKey, ReportResponse>
{
    public override void Configure()
    {
        Post("/api/plans/{code}/reports/{area}/{body}/{kind}/{period}/reopen");
        Roles(Identity.Roles.Admin, Identity.Roles.Department);
        Description(d => d
            .WithName("ReopenReport")
            .WithTags("Reports")
            .WithSummary("Mở lại báo cáo / Reopen a report")
            .WithDescription("The reviewer turns a submitted or approved report back into a draft the body can change, even after its lock date.")
            .ProducesProblems(401, 403, 404, 409));
    }

    public override async Task HandleAsync(ReportKey req, CancellationToken ct) =>
        await Send.ResultAsync(await reports.DecideAsync(writes, req, ReviewWorkflow.Reopen, User, null, ct));
}
