using System.Data.Common;
using System.Security.Claims;
using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Values;
using EqualityTracker.Api.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace EqualityTracker.Api.Features.Reports;

/// <summary>Reads and writes implementation reports, and says who may do what with one.</summary>
/// <remarks>
/// The body that owes a report writes and submits it (a department user whose area and body are the report's); its
/// reviewer — the recipient the plan names (Bỉm Sơn's offices report to the town's Labour office) or a coordinator whose
/// area covers the plan's — approves, returns and reopens it. States, transitions, the lock and timeliness are
/// <see cref="ReviewWorkflow"/>'s, the same as for values.
/// </remarks>
public sealed class ReportStore(ReportRoster roster, CatalogueCache catalogues, IClock clock)
{
    public static readonly string[] ReportColumns =
        ["plan_code", "area_code", "body_code", "kind", "period", "state", "version", "results", "difficulties", "proposals", "entered_by", "entered_at"];

    private const string ReportSql = """
        SELECT id AS Id, state AS State, version AS Version, results AS Results, difficulties AS Difficulties, proposals AS Proposals,
               entered_by AS EnteredBy, entered_at AS EnteredAt, submitted_at AS SubmittedAt, reviewed_by AS ReviewedBy,
               reviewed_at AS ReviewedAt, comment AS Comment, reopened AS Reopened
        FROM activity_reports
        WHERE id = @Id
        """;

    private const string ItemsSql = """
        SELECT activity_number AS Activity, status AS Status, note AS Note FROM activity_report_items WHERE report_id = @Id ORDER BY activity_number
        """;

    private const string OutputsSql = """
        SELECT activity_number AS Activity, output_number AS Number, sex AS Sex, achieved AS Achieved
        FROM activity_report_outputs WHERE report_id = @Id ORDER BY activity_number, output_number, sex
        """;

    private const string AchievedSql = """
        SELECT activity_number AS Activity, unit AS Unit, description AS Description, total AS Total, female AS Female, male AS Male
        FROM activity_report_achieved_outputs WHERE report_id = @Id ORDER BY activity_number, position
        """;

    private const string SpendingSql = """
        SELECT activity_number AS Activity, source AS Source, spent AS Amount FROM activity_report_spending WHERE report_id = @Id ORDER BY activity_number, source
        """;

    private const string TransitionSql = """
        UPDATE activity_reports
        SET state = @To, version = version + 1,
            submitted_by = CASE WHEN @Submits = 1 THEN @By ELSE submitted_by END,
            submitted_at = CASE WHEN @Submits = 1 THEN @At ELSE submitted_at END,
            reviewed_by = CASE WHEN @Decides = 1 THEN @By ELSE reviewed_by END,
            reviewed_at = CASE WHEN @Decides = 1 THEN @At ELSE reviewed_at END,
            comment = CASE WHEN @Decides = 1 THEN @Comment ELSE comment END,
            reopened = CASE WHEN @Reopen = 1 THEN 1 ELSE reopened END
        WHERE id = @Id AND state IN @From
        """;

    /// <summary>The report a key names: its roster entry (404 when the plan owes no such report), and what was filed.</summary>
    public async Task<Found?> FindAsync(DbConnection connection, DbTransaction? transaction, ReportKey key, CancellationToken ct)
    {
        if (await ReportRoster.PlanAsync(connection, transaction, key.Code, ct) is not { } plan)
        {
            return null;
        }

        var entry = (await roster.LoadAsync(connection, transaction, plan, ct)).FirstOrDefault(e =>
            e.Expected.Area == key.Area && e.Expected.Body == key.Body && e.Expected.Kind == key.Kind && e.Expected.Period == key.Period);
        return entry is null ? null : new Found(plan, entry);
    }

    /// <summary>The report as its readers see it (an empty draft shape while nothing has been filed).</summary>
    public async Task<ReportResponse> ReadAsync(DbConnection connection, DbTransaction? transaction, Found found, CancellationToken ct)
    {
        var entry = found.Entry;
        var stored = entry.Filed is null ? null
            : await connection.QuerySingleAsync<StoredReport>(new CommandDefinition(ReportSql, new { entry.Filed.Id }, transaction, cancellationToken: ct));
        var items = new List<ReportItem>();
        if (stored is not null)
        {
            var args = new { entry.Filed!.Id };
            var outputs = (await connection.QueryAsync<OutputRow>(new CommandDefinition(OutputsSql, args, transaction, cancellationToken: ct))).ToLookup(o => o.Activity);
            var achieved = (await connection.QueryAsync<AchievedRow>(new CommandDefinition(AchievedSql, args, transaction, cancellationToken: ct))).ToLookup(o => o.Activity);
            var spending = (await connection.QueryAsync<SpendingRow>(new CommandDefinition(SpendingSql, args, transaction, cancellationToken: ct))).ToLookup(s => s.Activity);
            items.AddRange((await connection.QueryAsync<ItemRow>(new CommandDefinition(ItemsSql, args, transaction, cancellationToken: ct))).Select(i => new ReportItem
            {
                Activity = i.Activity, Status = i.Status, Note = i.Note,
                Outputs = [.. outputs[i.Activity].Select(o => new ReportOutput { Number = o.Number, Sex = o.Sex, Achieved = o.Achieved })],
                AdditionalOutputs = [.. achieved[i.Activity].Select(o => new ReportAdditionalOutput { Unit = o.Unit, Description = o.Description, Total = o.Total, Female = o.Female, Male = o.Male })],
                Spent = [.. spending[i.Activity].Select(s => new ReportSpending { Source = s.Source, Amount = s.Amount })],
            }));
        }

        var submittedAt = stored?.SubmittedAt is { } s ? InstantText.Parse(s) : (Instant?)null;
        return new ReportResponse
        {
            Plan = found.Plan.Code, Area = entry.Expected.Area, Body = entry.Expected.Body, BodyNameVi = entry.BodyNameVi, BodyNameEn = entry.BodyNameEn,
            Kind = entry.Expected.Kind, Period = entry.Expected.Period, Recipient = entry.Expected.Recipient, Due = entry.Expected.Due,
            LockDate = entry.LockDate, Locked = IsLocked(entry), State = stored?.State, Version = stored?.Version ?? 0,
            Results = stored?.Results, Difficulties = stored?.Difficulties, Proposals = stored?.Proposals, Items = items,
            EnteredBy = stored?.EnteredBy, EnteredAt = stored?.EnteredAt is { } e ? InstantText.Parse(e) : null,
            SubmittedAt = submittedAt, OnTime = submittedAt is { } at ? ReviewWorkflow.OnTime(at, entry.Expected.Due) : null,
            ReviewedBy = stored?.ReviewedBy, ReviewedAt = stored?.ReviewedAt is { } r ? InstantText.Parse(r) : null, Comment = stored?.Comment,
        };
    }

    /// <summary>True when the body can no longer change or submit the report: past its lock date and not reopened.</summary>
    public bool IsLocked(RosterEntry entry) => ReviewWorkflow.IsLocked(entry.LockDate, clock.GetCurrentInstant(), entry.Filed?.Reopened == 1);

    /// <summary>True when <paramref name="user"/> is the body that owes the report.</summary>
    /// <remarks>A body of a unit that ended is carried to its successor: it still owes the reports of its old unit.</remarks>
    public async Task<bool> OwnsAsync(ClaimsPrincipal user, ExpectedReport report) =>
        user.IsInRole(Roles.Department) && user.Body() == report.Body && (await catalogues.GetAsync()).Map.SameLineage(report.Area, user.Area());

    /// <summary>True when <paramref name="user"/> reviews the report: its recipient at the plan's area, or a coordinator over the plan's area.</summary>
    public async Task<bool> ReviewsAsync(ClaimsPrincipal user, RosterEntry entry, string planArea) =>
        (user.IsInRole(Roles.Department) && (await catalogues.GetAsync()).Map.SameLineage(planArea, user.Area()) && entry.Expected.Recipient is not null && user.Body() == entry.Expected.Recipient)
        || (user.IsInRole(Roles.Admin) && UserScope.Covers(await catalogues.GetAsync(), user, planArea));

    /// <summary>Moves a filed report along <paramref name="transition"/>; 409 when its state does not allow it.</summary>
    public async Task<ProblemHttpResult?> MoveAsync(WriteScope work, Found found, ReviewTransition transition, string by, string? comment, CancellationToken ct)
    {
        if (found.Entry.Filed is not { } filed)
        {
            return Conflict("Chưa có báo cáo nào được lập.", "Nothing has been filed yet.");
        }

        var moved = await work.Connection.ExecuteAsync(new CommandDefinition(TransitionSql, new
        {
            filed.Id, transition.From, transition.To, By = by, At = InstantText.Format(clock.GetCurrentInstant()), Comment = comment,
            Submits = transition == ReviewWorkflow.Submit ? 1 : 0,
            Decides = transition == ReviewWorkflow.Approve || transition == ReviewWorkflow.Return ? 1 : 0,
            Reopen = transition == ReviewWorkflow.Reopen ? 1 : 0,
        }, work.Transaction, cancellationToken: ct));
        return moved == 1 ? null
            : Conflict($"Báo cáo đang ở trạng thái '{filed.State}', không thể {transition.Name}.", $"The report is '{filed.State}': it cannot be {transition.Name}ed now.");
    }

    /// <summary>One step of the review: the body submits its report; its reviewer approves, returns or reopens it.</summary>
    /// <returns>The report after the step, or the problem (404 not owed, 403 not yours, 409 not in a state for it or locked).</returns>
    public async Task<Results<Ok<ReportResponse>, ProblemHttpResult>> DecideAsync(
        WriteScopes writes, ReportKey key, ReviewTransition transition, ClaimsPrincipal user, string? comment, CancellationToken ct)
    {
        await using var work = await writes.BeginAsync(ct);
        if (await FindAsync(work.Connection, work.Transaction, key, ct) is not { } found)
        {
            return NotOwed(key);
        }

        if (transition == ReviewWorkflow.Submit)
        {
            if (!await OwnsAsync(user, found.Entry.Expected))
            {
                return Forbidden("Chỉ đơn vị báo cáo mới gửi được báo cáo này.", "Only the body that owes this report can submit it.");
            }

            if (IsLocked(found.Entry))
            {
                return Conflict($"Kỳ báo cáo đã khóa sau ngày {found.Entry.LockDate:dd/MM/yyyy}.", $"The report locked after {found.Entry.LockDate:yyyy-MM-dd}.");
            }
        }
        else if (!await ReviewsAsync(user, found.Entry, found.Plan.Area))
        {
            return Forbidden("Chỉ nơi nhận báo cáo hoặc cơ quan điều phối mới duyệt được.", "Only the report's recipient or a coordinator over the plan's area can review it.");
        }

        if (await MoveAsync(work, found, transition, user.Username(), comment, ct) is { } problem)
        {
            return problem;
        }

        var report = await ReadAsync(work.Connection, work.Transaction, (await FindAsync(work.Connection, work.Transaction, key, ct))!, ct);
        work.Changes.Nothing(); // an implementation report changes no value: the roll-up sums stay as they are
        await work.CommitAsync();
        return TypedResults.Ok(report);
    }

    public static ProblemHttpResult Conflict(string vi, string en) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Không thực hiện được / Conflict", detail: Problems.Bilingual(vi, en));

    public static ProblemHttpResult Forbidden(string vi, string en) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Không được phép / Forbidden", detail: Problems.Bilingual(vi, en));

    public static ProblemHttpResult NotOwed(ReportKey key) =>
        Problems.NotFound($"Kế hoạch {key.Code} không yêu cầu {key.Body} ({key.Area}) báo cáo '{key.Kind}' kỳ {key.Period}.",
            $"Plan {key.Code} asks {key.Body} ({key.Area}) for no '{key.Kind}' report for {key.Period}.");

    /// <summary>A report the plan owes, found by its key.</summary>
    public sealed record Found(ReportRoster.PlanRow Plan, RosterEntry Entry);

    private sealed class StoredReport
    {
        public int Id { get; init; }
        public string State { get; init; } = "";
        public int Version { get; init; }
        public string? Results { get; init; }
        public string? Difficulties { get; init; }
        public string? Proposals { get; init; }
        public string EnteredBy { get; init; } = "";
        public string EnteredAt { get; init; } = "";
        public string? SubmittedAt { get; init; }
        public string? ReviewedBy { get; init; }
        public string? ReviewedAt { get; init; }
        public string? Comment { get; init; }
        public int Reopened { get; init; }
    }

    private sealed class ItemRow
    {
        public string Activity { get; init; } = "";
        public string Status { get; init; } = "";
        public string? Note { get; init; }
    }

    private sealed class OutputRow
    {
        public string Activity { get; init; } = "";
        public int Number { get; init; }
        public string Sex { get; init; } = "";
        public double Achieved { get; init; }
    }

    private sealed class AchievedRow
    {
        public string Activity { get; init; } = "";
        public string Unit { get; init; } = "";
        public string Description { get; init; } = "";
        public int Total { get; init; }
        public int? Female { get; init; }
        public int? Male { get; init; }
    }

    private sealed class SpendingRow
    {
        public string Activity { get; init; } = "";
        public string Source { get; init; } = "";
        public double Amount { get; init; }
    }
}
