using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using FastEndpoints;
using NodaTime;

namespace EqualityTracker.Api.Features.Reports.List;

public sealed class Endpoint(Database database, ReportRoster roster, ReportStore reports, IClock clock) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/plans/{code}/reports");
        Roles(Identity.Roles.Admin, Identity.Roles.Department);
        Description(d => d
            .WithName("ListReports")
            .WithTags("Reports")
            .WithSummary("Ai phải báo cáo, đã báo cáo chưa / Who owes which report, and who is late")
            .WithDescription(
                "Every report the plan's calendar asks of every body with a duty in it — departments, People's Committees, mass " +
                "organisations, town offices; two tiers where the plan has them (Bỉm Sơn's offices and communes report to the town's " +
                "Labour office, which reports to the province) — with its due date, lock date, recipient and state, late first. " +
                "A report is late when it is past its due date in Viet Nam and not submitted, or was submitted after it. A coordinator " +
                "over the plan's area sees every report; a body sees its own and those it receives.")
            .ProducesProblems(400, 401, 403, 404));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        if (await ReportRoster.PlanAsync(connection, null, req.Code, ct) is not { } plan)
        {
            await Send.ResultAsync(Problems.NotFound($"Không có kế hoạch mã '{req.Code}'.", $"No plan with code '{req.Code}'."));
            return;
        }

        var today = ReportingCalendar.Today(clock.GetCurrentInstant());
        var visible = new List<OwedReport>();
        foreach (var entry in await roster.LoadAsync(connection, null, plan, ct))
        {
            if ((req.Year is { } year && entry.Expected.Due.Year != year)
                || !(await reports.OwnsAsync(User, entry.Expected) || await reports.ReviewsAsync(User, entry, plan.Area)))
            {
                continue;
            }

            var submittedAt = entry.Filed?.SubmittedAt is { } s ? InstantText.Parse(s) : (Instant?)null;
            var reported = ReviewWorkflow.IsReported(entry.Filed?.State);
            var onTime = reported && submittedAt is { } at ? ReviewWorkflow.OnTime(at, entry.Expected.Due) : (bool?)null;
            visible.Add(new OwedReport
            {
                Area = entry.Expected.Area, Body = entry.Expected.Body, BodyNameVi = entry.BodyNameVi, BodyNameEn = entry.BodyNameEn,
                Kind = entry.Expected.Kind, Period = entry.Expected.Period, Due = entry.Expected.Due, LockDate = entry.LockDate,
                Recipient = entry.Expected.Recipient, RecipientNameVi = entry.RecipientNameVi, RecipientNameEn = entry.RecipientNameEn,
                State = entry.Filed?.State, SubmittedAt = reported ? submittedAt : null, Reported = reported, OnTime = onTime,
                Late = reported ? onTime == false : today > entry.Expected.Due,
            });
        }

        await Send.OkAsync(new Response
        {
            Plan = plan.Code, Today = today, Owed = visible.Count, Reported = visible.Count(r => r.Reported),
            OnTime = visible.Count(r => r.OnTime == true), Late = visible.Count(r => r.Late),
            Reports = [.. visible.OrderByDescending(r => r.Late).ThenBy(r => r.Due).ThenBy(r => r.Body, StringComparer.Ordinal)],
        }, ct);
    }
}
