using EqualityTracker.Api.Shapes;
using System.Data.Common;
using Dapper;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Values;

namespace EqualityTracker.Api.Features.Plans.AnnualReport;

/// <summary>What the coordinator's annual report says, from the targets' progress and the year's approved reports.</summary>
/// <remarks>
/// Only approved reports count. Achieved outputs and spending are added up over the year's approved reports (half-year,
/// year, Action Month…) of every body; an activity's status is the one its latest approved report gives (by due date),
/// per body. Planned money is the budget table's for the year; spent money is what the approved reports say.
/// </remarks>
public sealed record AnnualReportData(
    string Plan, string PlanArea, string TitleVi, string IssuerVi, string AreaNameVi, int Year,
    IReadOnlyList<TargetProgress> Targets, IReadOnlyList<AnnualActivity> Activities,
    IReadOnlyList<(string Source, double Planned, double Spent)> Budget,
    IReadOnlyList<(string Body, string Text)> Difficulties, IReadOnlyList<(string Body, string Text)> Proposals, IReadOnlyList<(string Body, string Text)> Results,
    int ApprovedReports)
{
    private const string PlanSql = """
        SELECT p.area_code AS Area, p.title_vi AS TitleVi, p.start_year AS StartYear, a.name_vi AS AreaNameVi, a.kind_vi AS AreaKindVi
        FROM plans p JOIN areas a ON a.code = p.area_code
        WHERE p.code = @Code AND p.status = 'issued'
        """;

    private const string ActivitiesSql = """
        SELECT a.number AS Number, a.domain_code AS Domain, d.name_vi AS DomainVi, d.sort AS DomainSort, a.text_vi AS TextVi
        FROM activities a JOIN domains d ON d.code = a.domain_code
        WHERE a.plan_code = @Code AND a.start_date <= @YearEnd AND a.end_date >= @YearStart
        ORDER BY d.sort, a.id
        """;

    private const string ApprovedSql = """
        SELECT r.id AS Id, r.body_code AS Body, COALESCE(b.name_vi, r.body_code) AS BodyVi, r.results AS Results,
               r.difficulties AS Difficulties, r.proposals AS Proposals
        FROM activity_reports r
        LEFT JOIN bodies b ON b.area_code = r.area_code AND b.code = r.body_code
        WHERE r.plan_code = @Code AND r.state = @Approved AND (r.period = @Year OR r.period LIKE @YearPrefix)
        ORDER BY r.id
        """;

    private const string ItemsSql = """
        SELECT i.report_id AS Report, i.activity_number AS Activity, i.status AS Status
        FROM activity_report_items i JOIN activity_reports r ON r.id = i.report_id
        WHERE r.plan_code = @Code AND r.state = @Approved AND (r.period = @Year OR r.period LIKE @YearPrefix)
        ORDER BY i.report_id
        """;

    private const string OutputsSql = """
        SELECT o.activity_number AS Activity, o.output_number AS Number, o.sex AS Sex, SUM(o.achieved) AS Achieved
        FROM activity_report_outputs o JOIN activity_reports r ON r.id = o.report_id
        WHERE r.plan_code = @Code AND r.state = @Approved AND (r.period = @Year OR r.period LIKE @YearPrefix)
        GROUP BY o.activity_number, o.output_number, o.sex
        """;

    private const string AchievedSql = """
        SELECT o.activity_number AS Activity, o.unit AS Unit, o.description AS Description,
               SUM(o.total) AS Total, SUM(o.female) AS Female, SUM(o.male) AS Male
        FROM activity_report_achieved_outputs o JOIN activity_reports r ON r.id = o.report_id
        WHERE r.plan_code = @Code AND r.state = @Approved AND (r.period = @Year OR r.period LIKE @YearPrefix)
        GROUP BY o.activity_number, o.unit, o.description
        ORDER BY o.activity_number, o.unit, o.description
        """;

    private const string PlannedOutputsSql = """
        SELECT activity_number AS Activity, number AS Number, text_vi AS TextVi, quantity AS Quantity, by_sex AS BySex
        FROM activity_outputs WHERE plan_code = @Code ORDER BY activity_number, number
        """;

    private const string SpentSql = """
        SELECT s.source AS Source, SUM(s.spent) AS Amount
        FROM activity_report_spending s JOIN activity_reports r ON r.id = s.report_id
        WHERE r.plan_code = @Code AND r.state = @Approved AND (r.period = @Year OR r.period LIKE @YearPrefix)
        GROUP BY s.source
        """;

    private const string PlannedSql = """
        SELECT source AS Source, SUM(planned) AS Amount FROM budget_lines
        WHERE plan_code = @Code AND year = @YearNumber AND parent_line IS NULL
        GROUP BY source
        """;

    /// <summary>The report's data for a reader of the three forms (Word, Excel annex, print view): 404 for an unknown
    /// plan, 403 for a plan outside the reader's area (the role itself is checked by each endpoint).</summary>
    public static async Task<(AnnualReportData? Data, IResult? Refusal)> ForReaderAsync(
        DbConnection connection, MeasureCatalogue catalogue, EqualityTracker.Api.Features.Progress.AnswerCache answers, System.Security.Claims.ClaimsPrincipal user, string code, int year, CancellationToken ct)
    {
        if (await LoadAsync(connection, catalogue, code, year, answers.Country(await answers.VersionAsync(ct)), ct) is not { } data)
        {
            return (null, Common.Problems.NotFound($"Không có kế hoạch mã '{code}'.", $"No plan with code '{code}'."));
        }

        return UserScope.Covers(catalogue, user, data.PlanArea)
            ? (data, null)
            : (null, TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Không được phép / Forbidden",
                detail: Common.Problems.Bilingual("Kế hoạch này ngoài địa bàn của bạn.", "This plan is outside your area.")));
    }

    /// <summary>The report's data, or null for an unknown plan.</summary>
    public static async Task<AnnualReportData?> LoadAsync(DbConnection connection, MeasureCatalogue catalogue, string code, int year, CountrySums country, CancellationToken ct)
    {
        var plan = await connection.QuerySingleOrDefaultAsync<PlanRow>(new CommandDefinition(PlanSql, new { Code = code }, cancellationToken: ct));
        if (plan is null)
        {
            return null;
        }

        var args = new
        {
            Code = code, Approved = ReviewStates.Approved, Year = $"{year:D4}", YearPrefix = $"{year:D4}S%", YearNumber = year,
            YearStart = $"{year:D4}-01-01", YearEnd = $"{year:D4}-12-31",
        };
        var report = await Report.ReportData.LoadAsync(connection, catalogue, code, null, approvedOnly: true, country, ct);
        var approved = (await connection.QueryAsync<ApprovedRow>(new CommandDefinition(ApprovedSql, args, cancellationToken: ct))).ToList();
        var statuses = (await connection.QueryAsync<ItemRow>(new CommandDefinition(ItemsSql, args, cancellationToken: ct)))
            .GroupBy(i => i.Activity).ToDictionary(g => g.Key, g => g.Select(i => i.Status).Last());
        var achieved = (await connection.QueryAsync<OutputRow>(new CommandDefinition(OutputsSql, args, cancellationToken: ct))).ToList();
        var additional = (await connection.QueryAsync<AchievedRow>(new CommandDefinition(AchievedSql, args, cancellationToken: ct))).ToLookup(o => o.Activity);
        var planned = (await connection.QueryAsync<PlannedOutputRow>(new CommandDefinition(PlannedOutputsSql, args, cancellationToken: ct))).ToLookup(o => o.Activity);
        var activities = (await connection.QueryAsync<ActivityRow>(new CommandDefinition(ActivitiesSql, args, cancellationToken: ct))).Select(a => new AnnualActivity(
            a.Number, a.DomainVi, a.TextVi, statuses.GetValueOrDefault(a.Number),
            [.. planned[a.Number].Select(o => new AnnualOutput(o.TextVi, o.Quantity,
                Achieved(achieved, a.Number, o.Number, Sex.Female), Achieved(achieved, a.Number, o.Number, Sex.Male),
                o.BySex == 1 ? Achieved(achieved, a.Number, o.Number, Sex.Female) + Achieved(achieved, a.Number, o.Number, Sex.Male) : Achieved(achieved, a.Number, o.Number, Sex.Total),
                o.BySex == 1))],
            [.. additional[a.Number].Select(o => new AchievedOutput(o.Unit, o.Description, o.Total, o.Female, o.Male))])).ToList();
        var spent = (await connection.QueryAsync<AmountRow>(new CommandDefinition(SpentSql, args, cancellationToken: ct))).ToDictionary(s => s.Source, s => s.Amount);
        var plannedMoney = (await connection.QueryAsync<AmountRow>(new CommandDefinition(PlannedSql, args, cancellationToken: ct))).ToDictionary(s => s.Source, s => s.Amount);
        var budget = BudgetSources.All.Select(s => (s, plannedMoney.GetValueOrDefault(s), spent.GetValueOrDefault(s))).ToList();
        static IReadOnlyList<(string, string)> Texts(IEnumerable<ApprovedRow> rows, Func<ApprovedRow, string?> text) =>
            [.. rows.Where(r => !string.IsNullOrWhiteSpace(text(r))).Select(r => (r.BodyVi, text(r)!.Trim()))];
        // The area's name carries its kind ("Tỉnh Ninh Bình"): the committee is "UBND TỈNH NINH BÌNH", the place "Ninh Bình".
        var place = plan.AreaNameVi.StartsWith(plan.AreaKindVi + " ", StringComparison.OrdinalIgnoreCase) ? plan.AreaNameVi[(plan.AreaKindVi.Length + 1)..] : plan.AreaNameVi;
        return new AnnualReportData(code, plan.Area, plan.TitleVi, $"UBND {plan.AreaNameVi}".ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN")), place, year,
            report?.Targets ?? [], activities, budget, Texts(approved, r => r.Difficulties), Texts(approved, r => r.Proposals), Texts(approved, r => r.Results), approved.Count);
    }

    private static double Achieved(List<OutputRow> rows, string activity, int number, string sex) =>
        rows.Where(r => r.Activity == activity && r.Number == number && r.Sex == sex).Sum(r => r.Achieved);

    private sealed class PlanRow
    {
        public string Area { get; init; } = "";
        public string TitleVi { get; init; } = "";
        public int StartYear { get; init; }
        public string AreaNameVi { get; init; } = "";
        public string AreaKindVi { get; init; } = "";
    }

    private sealed class ActivityRow
    {
        public string Number { get; init; } = "";
        public string Domain { get; init; } = "";
        public string DomainVi { get; init; } = "";
        public int DomainSort { get; init; }
        public string TextVi { get; init; } = "";
    }

    private sealed class ApprovedRow
    {
        public int Id { get; init; }
        public string Body { get; init; } = "";
        public string BodyVi { get; init; } = "";
        public string? Results { get; init; }
        public string? Difficulties { get; init; }
        public string? Proposals { get; init; }
    }

    private sealed class ItemRow
    {
        public int Report { get; init; }
        public string Activity { get; init; } = "";
        public string Status { get; init; } = "";
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
        public double Total { get; init; }
        public double? Female { get; init; }
        public double? Male { get; init; }
    }

    private sealed class PlannedOutputRow
    {
        public string Activity { get; init; } = "";
        public int Number { get; init; }
        public string TextVi { get; init; } = "";
        public double? Quantity { get; init; }
        public int BySex { get; init; }
    }

    private sealed class AmountRow
    {
        public string Source { get; init; } = "";
        public double Amount { get; init; }
    }
}

/// <summary>An activity of the year, by domain, with where it stands, its planned outputs and the outputs achieved beyond them
/// (added up over the approved reports by unit and description).</summary>
public sealed record AnnualActivity(string Number, string DomainVi, string TextVi, string? Status, IReadOnlyList<AnnualOutput> Outputs, IReadOnlyList<AchievedOutput> Additional);

/// <summary>A planned output beside what the approved reports achieved (by sex where it is counted by sex).</summary>
public sealed record AnnualOutput(string TextVi, double? Planned, double Female, double Male, double Total, bool BySex);
