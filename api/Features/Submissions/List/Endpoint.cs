using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Features.Values;
using EqualityTracker.Api.Identity;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Submissions.List;

public sealed class Endpoint(Database database, CatalogueCache catalogues) : Endpoint<Request, IReadOnlyList<SubmissionResponse>>
{
    private const string Sql = SubmissionResponse.SelectSql + """

        WHERE (@Plan IS NULL OR s.plan_code = @Plan)
          AND (@Period IS NULL OR s.period = @Period)
          AND (@Status IS NULL OR s.status = @Status)
          AND (@Agency IS NULL OR s.agency_code = @Agency)
        ORDER BY s.submitted_at, s.id
        """;

    public override void Configure()
    {
        Get("/api/submissions");
        Roles(Identity.Roles.Admin, Identity.Roles.Department);
        Description(d => d
            .WithName("ListSubmissions")
            .WithTags("Review")
            .WithSummary("Các lần gửi duyệt / Submissions")
            .WithDescription("The coordinator's review queue (status=submitted) and past decisions, oldest first, each with its values and whether it came on time. A department sees only its own agency's; everyone only those of their own area and below.")
            .ProducesProblems(400, 401, 403));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var agency = User.IsInRole(Identity.Roles.Admin) ? null : User.Agency();
        var submissions = await SubmissionResponse.LoadAsync(connection, null, Sql, new { req.Plan, req.Period, req.Status, Agency = agency }, ct);
        var catalogue = await catalogues.GetAsync();
        var visible = submissions.Where(s => UserScope.Covers(catalogue, User, s.Area)).ToList();
        foreach (var submission in visible)
        {
            await submission.CompleteAsync(connection, null, catalogue, ct);
        }

        await Send.OkAsync(visible, ct);
    }
}
