using System.Security.Claims;
using EqualityTracker.Api.Identity;
using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Values;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace EqualityTracker.Api.Features.Submissions;

/// <summary>The coordinator's decision on a submission: its values become approved (locked) or returned (editable again).</summary>
public sealed class SubmissionDecision(WriteScopes writes, CatalogueCache catalogues, IClock clock)
{
    private const string DecideSql = """
        UPDATE submissions SET status = @Status, reviewed_by = @By, reviewed_at = @At, comment = @Comment
        WHERE id = @Id AND status IN @From
        """;

    /// <summary>Decides; the answer is the updated submission, 404 for an unknown one, 409 when it was already decided.</summary>
    public async Task<Results<Ok<SubmissionResponse>, ProblemHttpResult>> DecideAsync(int id, ReviewTransition decision, ClaimsPrincipal user, string? comment, CancellationToken ct)
    {
        await using var work = await writes.BeginAsync(ct);
        var (connection, transaction) = (work.Connection, work.Transaction);
        var found = await SubmissionResponse.LoadAsync(connection, transaction, SubmissionResponse.SelectSql + "\nWHERE s.id = @Id", new { Id = id }, ct);
        if (found.Count == 0)
        {
            return Problems.NotFound($"Không có lần gửi duyệt số {id}.", $"No submission {id}.");
        }

        var submission = found[0];
        var catalogue = await catalogues.GetAsync();
        if (!UserScope.Covers(catalogue, user, submission.Area))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Không được phép / Forbidden",
                detail: Problems.Bilingual($"Lần gửi duyệt {id} thuộc địa bàn {submission.Area}, ngoài địa bàn của bạn.", $"Submission {id} belongs to area {submission.Area}, outside your area."));
        }

        var by = user.Username();
        var decided = await connection.ExecuteAsync(new CommandDefinition(DecideSql,
            new { Id = id, decision.From, Status = decision.To, By = by, At = InstantText.Format(clock.GetCurrentInstant()), Comment = comment }, transaction, cancellationToken: ct));
        if (decided == 0)
        {
            return TypedResults.Problem(statusCode: 409, title: "Đã xử lý / Already decided",
                detail: Problems.Bilingual($"Lần gửi duyệt {id} đã được xử lý ({submission.Status}).", $"Submission {id} was already decided ({submission.Status})."));
        }

        var fields = await AgencyFields.LeadAsync(connection, transaction, catalogue, submission.Plan, submission.Agency, ct);
        await AgencyFields.SetStateAsync(connection, transaction, fields, submission.Area, submission.Period, decision.From, decision.To, ct);
        work.Changes.Key(submission.Area, submission.Period);
        var updated = (await SubmissionResponse.LoadAsync(connection, transaction, SubmissionResponse.SelectSql + "\nWHERE s.id = @Id", new { Id = id }, ct))[0];
        await updated.CompleteAsync(connection, transaction, catalogue, ct);
        await work.CommitAsync();
        return TypedResults.Ok(updated);
    }
}
