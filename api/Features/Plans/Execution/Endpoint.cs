using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Reports;
using FastEndpoints;
using NodaTime;

namespace EqualityTracker.Api.Features.Plans.Execution;

/// <summary>Activity completion and budget execution of a plan, from approved reports only: what leaders and the public may read.</summary>
public sealed class Endpoint(Database database, ReportRoster roster) : Endpoint<Request, Response>
{
    public const string FormulaText =
        "Tỷ lệ hoàn thành = số hoạt động 'đã hoàn thành' ÷ (số hoạt động có kế hoạch trong kỳ − số hoạt động bị hủy bỏ); tình hình của " +
        "mỗi hoạt động lấy theo báo cáo đã duyệt gần nhất (theo hạn báo cáo; cùng hạn thì báo cáo của cơ quan chủ trì); hoạt động chưa có " +
        "báo cáo được duyệt tính là chưa hoàn thành. Tỷ lệ giải ngân = kinh phí đã chi theo báo cáo đã duyệt ÷ kinh phí kế hoạch (các dòng " +
        "cấp cao nhất của bảng kinh phí). / Completion = activities done ÷ (activities planned in the period − cancelled); each activity " +
        "takes the status of its latest approved report (by due date; on the same date, the lead body's); an activity no approved report " +
        "speaks of counts as not done. Budget execution = spent in approved reports ÷ planned (the budget table's top-level lines).";

    private const string ActivitiesSql = """
        SELECT a.number AS Number, a.domain_code AS Domain
        FROM activities a JOIN domains d ON d.code = a.domain_code
        WHERE a.plan_code = @Code AND (@YearStart IS NULL OR (a.start_date <= @YearEnd AND a.end_date >= @YearStart))
        ORDER BY d.sort, a.id
        """;

    private const string DomainsSql = "SELECT code AS Code, name_vi AS NameVi, name_en AS NameEn FROM domains ORDER BY sort";

    private const string LeadsSql = """
        SELECT activity_number AS Activity, body_code AS Body FROM activity_bodies WHERE plan_code = @Code AND role = @Lead
        """;

    private const string ItemsSql = """
        SELECT r.id AS Report, r.body_code AS Body, i.activity_number AS Activity, i.status AS Status
        FROM activity_report_items i JOIN activity_reports r ON r.id = i.report_id
        WHERE r.plan_code = @Code AND r.state = @Approved AND (@Year IS NULL OR r.period = @Year OR r.period LIKE @YearPrefix)
        """;

    private const string ApprovedSql = """
        SELECT COUNT(*) FROM activity_reports r
        WHERE r.plan_code = @Code AND r.state = @Approved AND (@Year IS NULL OR r.period = @Year OR r.period LIKE @YearPrefix)
        """;

    private const string SpentSql = """
        SELECT s.source AS Source, SUM(s.spent) AS Amount
        FROM activity_report_spending s JOIN activity_reports r ON r.id = s.report_id
        WHERE r.plan_code = @Code AND r.state = @Approved AND (@Year IS NULL OR r.period = @Year OR r.period LIKE @YearPrefix)
        GROUP BY s.source
        """;

    private const string PlannedSql = """
        SELECT source AS Source, SUM(planned) AS Amount FROM budget_lines
        WHERE plan_code = @Code AND parent_line IS NULL AND (@YearNumber IS NULL OR year = @YearNumber)
        GROUP BY source
        """;

    public override void Configure()
    {
        Get("/api/plans/{code}/execution");
        AllowAnonymous();
        Description(d => d
            .WithName("GetPlanExecution")
            .WithTags("Plans")
            .WithSummary("Tình hình thực hiện hoạt động và kinh phí / A plan's activity completion and budget execution")
            .WithDescription(
                "From approved implementation reports only (what leaders and the public may read): the activities planned in the period " +
                "(whose time overlaps the year; without period, the whole plan) by their latest approved status — done, in progress, not " +
                "started, postponed, cancelled, not reported — overall and by domain, with the completion share done ÷ (planned − " +
                "cancelled); each activity's status; and the budget planned (top-level lines of the plan's table for the year) against " +
                "spent (approved reports), by source. The formula is in the answer.")
            .ProducesProblems(400, 404));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        if (await ReportRoster.PlanAsync(connection, null, req.Code, ct) is not { } plan)
        {
            await Send.ResultAsync(Problems.NotFound($"Không có kế hoạch mã '{req.Code}'.", $"No plan with code '{req.Code}'."));
            return;
        }

        var args = new
        {
            req.Code, Approved = ReviewStates.Approved, Lead = AgencyRoles.Lead,
            Year = req.Period is { } y ? $"{y:D4}" : null, YearPrefix = req.Period is { } p ? $"{p:D4}S%" : null, YearNumber = req.Period,
            YearStart = req.Period is { } s ? $"{s:D4}-01-01" : null, YearEnd = req.Period is { } e ? $"{e:D4}-12-31" : null,
        };
        var leads = (await connection.QueryAsync<LeadRow>(new CommandDefinition(LeadsSql, args, cancellationToken: ct)))
            .GroupBy(l => l.Activity).ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(l => l.Body).ToHashSet(StringComparer.Ordinal));
        var activities = (await connection.QueryAsync<ActivityRow>(new CommandDefinition(ActivitiesSql, args, cancellationToken: ct)))
            .Select(a => new PlannedActivity(a.Number, a.Domain, leads.GetValueOrDefault(a.Number) ?? new HashSet<string>())).ToList();
        var due = (await roster.LoadAsync(connection, null, plan, ct)).Where(e => e.Filed is not null).ToDictionary(e => e.Filed!.Id, e => e.Expected.Due);
        var items = (await connection.QueryAsync<ItemRow>(new CommandDefinition(ItemsSql, args, cancellationToken: ct)))
            .Select(i => new ReportedStatus(i.Activity, i.Body, due.GetValueOrDefault(i.Report, LocalDate.MinIsoValue), i.Report, i.Status));
        var statuses = ActivityCompletion.Statuses(activities, items);
        var domains = (await connection.QueryAsync<DomainRow>(new CommandDefinition(DomainsSql, cancellationToken: ct))).ToList();
        var spent = (await connection.QueryAsync<AmountRow>(new CommandDefinition(SpentSql, args, cancellationToken: ct))).ToDictionary(r => r.Source, r => r.Amount);
        var planned = (await connection.QueryAsync<AmountRow>(new CommandDefinition(PlannedSql, args, cancellationToken: ct))).ToDictionary(r => r.Source, r => r.Amount);
        var (plannedTotal, spentTotal) = (planned.Values.Sum(), spent.Values.Sum());
        await Send.OkAsync(new Response
        {
            Plan = plan.Code, Period = req.Period, Formula = FormulaText,
            ApprovedReports = await connection.ExecuteScalarAsync<int>(new CommandDefinition(ApprovedSql, args, cancellationToken: ct)),
            Overall = CompletionFigures.Of(ActivityCompletion.Count(statuses.Values)),
            Domains = [.. domains.Where(d => activities.Any(a => a.Domain == d.Code)).Select(d => new DomainCompletion
            {
                Domain = d.Code, NameVi = d.NameVi, NameEn = d.NameEn,
                Figures = CompletionFigures.Of(ActivityCompletion.Count(activities.Where(a => a.Domain == d.Code).Select(a => statuses[a.Number]))),
            })],
            Activities = [.. activities.Select(a => new ActivityCompletionRow { Number = a.Number, Domain = a.Domain, Status = statuses[a.Number] })],
            Budget = new BudgetExecution
            {
                Unit = "million VND", Planned = plannedTotal, Spent = spentTotal, Execution = ActivityCompletion.Execution(plannedTotal, spentTotal),
                Sources = [.. BudgetSources.All.Select(source => new SourceExecution
                {
                    Source = source, Planned = planned.GetValueOrDefault(source), Spent = spent.GetValueOrDefault(source),
                    Execution = ActivityCompletion.Execution(planned.GetValueOrDefault(source), spent.GetValueOrDefault(source)),
                })],
            },
        }, ct);
    }

    private sealed class ActivityRow
    {
        public string Number { get; init; } = "";
        public string Domain { get; init; } = "";
    }

    private sealed class LeadRow
    {
        public string Activity { get; init; } = "";
        public string Body { get; init; } = "";
    }

    private sealed class ItemRow
    {
        public int Report { get; init; }
        public string Body { get; init; } = "";
        public string Activity { get; init; } = "";
        public string Status { get; init; } = "";
    }

    private sealed class DomainRow
    {
        public string Code { get; init; } = "";
        public string NameVi { get; init; } = "";
        public string NameEn { get; init; } = "";
    }

    private sealed class AmountRow
    {
        public string Source { get; init; } = "";
        public double Amount { get; init; }
    }
}
