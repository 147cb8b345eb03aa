using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Reports.Get;

public sealed class Endpoint(Database database, ReportStore reports) : Endpoint<ReportKey, ReportResponse>
{
    public override void Configure()
    {
        Get("/api/plans/{code}/reports/{area}/{body}/{kind}/{period}");
        Description(d => d
            .WithName("GetReport")
            .WithTags("Reports")
            .WithSummary("Một báo cáo thực hiện / One implementation report")
            .WithDescription(
                "A body's report for one reporting period of the plan's calendar: per activity a status, outputs achieved (by sex " +
                "where counted by sex) and money spent by source, and the results, difficulties and proposals. Before anything is " +
                "filed it is answered with no state and version 0. For the body itself, its reviewer (the recipient the plan names) " +
                "and the coordinators over the plan's area (403 otherwise).")
            .ProducesHeaders(StatusCodes.Status200OK, ApiHeaders.ETag)
            .ProducesProblems(401, 403, 404));
    }

    public override async Task HandleAsync(ReportKey req, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        if (await reports.FindAsync(connection, null, req, ct) is not { } found)
        {
            await Send.ResultAsync(ReportStore.NotOwed(req));
            return;
        }

        if (!await reports.OwnsAsync(User, found.Entry.Expected) && !await reports.ReviewsAsync(User, found.Entry, found.Plan.Area))
        {
            await Send.ResultAsync(ReportStore.Forbidden("Báo cáo này chỉ dành cho đơn vị báo cáo và nơi nhận.", "This report is for its body and its reviewers only."));
            return;
        }

        var report = await reports.ReadAsync(connection, null, found, ct);
        HttpContext.Response.Headers.ETag = $"\"{report.Version}\"";
        await Send.OkAsync(report, ct);
    }
}
