using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Values;
using EqualityTracker.Api.Identity;
using FastEndpoints;
using NodaTime;

namespace EqualityTracker.Api.Features.Submissions.Create;

public sealed class Endpoint(WriteScopes writes, CatalogueCache catalogues, ValueScope scope, IClock clock) : Endpoint<Request, SubmissionResponse>
{
    private static readonly string[] SubmissionColumns = ["plan_code", "period", "agency_code", "area_code", "status", "submitted_by", "submitted_at"];


    public override void Configure()
    {
        Post("/api/submissions");
        Roles(Identity.Roles.Department);
        Description(d => d
            .WithName("CreateSubmission")
            .WithTags("Review")
            .WithSummary("Gửi duyệt số liệu của kỳ / Submit a period's values")
            .WithDescription("The department's draft and returned values behind the targets it leads become 'submitted' for the coordinator's review; they cannot change until approved and reopened, or returned.")
            .ProducesProblems(400, 401, 403, 409));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        var (agency, period) = (User.Agency()!, Period.Parse(req.Period));
        await using var work = await writes.BeginAsync(ct);
        var (connection, transaction) = (work.Connection, work.Transaction);
        var catalogue = await catalogues.GetAsync();

        // The period's values belong to the unit of the user's lineage in force when it began (old Ninh Bình for 2024).
        var area = catalogue.Map.AsOf(User.Area()!, period.Start);
        var now = clock.GetCurrentInstant();
        var (lockDate, locked) = await scope.LockAsync(connection, transaction, req.Plan, period, agency, ct);
        if (locked)
        {
            await Send.ResultAsync(TypedResults.Problem(statusCode: 409, title: "Đã khóa / Locked",
                detail: Problems.Bilingual($"Kỳ {period.Id} đã khóa từ {lockDate!.Value.PlusDays(1):dd/MM/yyyy}.", $"Period {period.Id} locked on {lockDate!.Value.PlusDays(1):yyyy-MM-dd}.")));
            return;
        }

        var fields = await AgencyFields.LeadAsync(connection, transaction, catalogue, req.Plan, agency, ct);
        var moved = await AgencyFields.SetStateAsync(connection, transaction, fields, area, period.Id, ReviewWorkflow.Submit.From, ReviewWorkflow.Submit.To, ct);
        work.Changes.Key(area, period.Id);
        if (moved == 0)
        {
            ThrowError(Problems.Bilingual("Không có giá trị nháp hay bị trả lại nào để gửi.", "There is no draft or returned value to submit."));
        }

        var id = await connection.ExecuteScalarAsync<int>(new CommandDefinition(writes.Database.Dialect.InsertReturningId("submissions", SubmissionColumns),
            new { PlanCode = req.Plan, Period = period.Id, AgencyCode = agency, AreaCode = area, Status = ReviewStates.Submitted, SubmittedBy = User.Username(), SubmittedAt = InstantText.Format(now) },
            transaction, cancellationToken: ct));
        var submission = (await SubmissionResponse.LoadAsync(connection, transaction, SubmissionResponse.SelectSql + "\nWHERE s.id = @Id", new { Id = id }, ct))[0];
        await submission.CompleteAsync(connection, transaction, catalogue, ct);
        await work.CommitAsync();
        await Send.OkAsync(submission, ct);
    }
}
