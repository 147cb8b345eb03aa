using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Plans.Budget;

public sealed class Endpoint(Database database) : Endpoint<Request, Response>
{
    private const string PlanSql = "SELECT COUNT(*) FROM plans WHERE code = @Code AND status = 'issued'";

    private const string LinesSql = """
        SELECT line AS Line, parent_line AS Parent, title_vi AS TitleVi, lead_agency AS LeadAgency, year AS Year, source AS Source, planned AS Planned
        FROM budget_lines
        WHERE plan_code = @Code
        ORDER BY line, year, source
        """;

    private const string StatedSql = """
        SELECT scope AS Scope, year AS Year, source AS Source, line AS Line, stated AS Stated, seed_sentence AS SeedSentence
        FROM budget_stated_totals
        WHERE plan_code = @Code
        ORDER BY id
        """;

    public override void Configure()
    {
        Get("/api/plans/{code}/budget");
        AllowAnonymous();
        Description(d => d
            .WithName("GetPlanBudget")
            .WithTags("Plans")
            .WithSummary("Kinh phí của kế hoạch / A plan's budget")
            .WithDescription(
                "The plan's budget table by line, year and source (central, provincial, other; million VND), the totals the product " +
                "computes — the top-level lines added up; a sub-line is part of its line — and each total the document prints beside " +
                "the computed one with the difference and the lines that explain it. Nothing is corrected. A plan without a budget " +
                "table has no lines.")
            .ProducesProblems(404));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        if (await connection.ExecuteScalarAsync<int>(new CommandDefinition(PlanSql, new { req.Code }, cancellationToken: ct)) == 0)
        {
            await Send.ResultAsync(Problems.NotFound($"Không có kế hoạch mã '{req.Code}'.", $"No plan with code '{req.Code}'."));
            return;
        }

        var rows = (await connection.QueryAsync<LineRow>(new CommandDefinition(LinesSql, new { req.Code }, cancellationToken: ct))).AsList();
        var stated = (await connection.QueryAsync<StatedRow>(new CommandDefinition(StatedSql, new { req.Code }, cancellationToken: ct))).AsList();
        var amounts = rows.Select(r => new BudgetAmount(r.Line, r.Parent, r.Year, r.Source, r.Planned)).ToList();
        var checks = BudgetTotals.Check(amounts, stated.Select(s => new StatedTotal(s.Scope, s.Year, s.Source, s.Line, s.Stated)).ToList());
        await Send.OkAsync(new Response
        {
            Plan = req.Code,
            Unit = "million VND",
            Formula = "Tổng do hệ thống tính = cộng các dòng cấp cao nhất (I, II, …); dòng con (II.1) thuộc dòng cha, được đối chiếu riêng. / " +
                      "Computed totals add up the top-level lines (I, II, …); a sub-line (II.1) is part of its line and is checked against it separately.",
            Lines = [.. rows.GroupBy(r => r.Line).Select(g => new BudgetLine
            {
                Line = g.Key, Parent = g.First().Parent, TitleVi = g.First().TitleVi, LeadAgency = g.First().LeadAgency,
                Amounts = [.. g.Select(r => new BudgetLineAmount { Year = r.Year, Source = r.Source, Planned = r.Planned })],
                Total = g.Sum(r => r.Planned),
            })],
            Computed = new ComputedTotals
            {
                Total = BudgetTotals.Sum(amounts, _ => true),
                ByYear = [.. amounts.Select(a => a.Year).Distinct().Order().Select(y => new YearTotal { Year = y, Amount = BudgetTotals.Sum(amounts, a => a.Year == y) })],
                BySource = [.. BudgetSources.All.Select(s => new SourceTotal { Source = s, Amount = BudgetTotals.Sum(amounts, a => a.Source == s) })],
            },
            Stated = [.. checks.Select((c, i) => new StatedTotalCheck
            {
                Scope = c.Total.Scope, Year = c.Total.Year, Source = c.Total.Source, Line = c.Total.Line, Stated = c.Total.Stated,
                Computed = c.Computed, Difference = c.Difference, ExplainedBy = c.ExplainedBy, SeedSentence = stated[i].SeedSentence,
            })],
            SubLineDifferences = [.. BudgetTotals.CheckSubLines(amounts).Select(c => new SubLineDifference
            {
                Line = c.Line, Year = c.Year, Source = c.Source, Planned = c.Planned, SubLines = c.SubLines, Difference = c.Difference,
            })],
        }, ct);
    }

    private sealed class LineRow
    {
        public string Line { get; init; } = "";
        public string? Parent { get; init; }
        public string TitleVi { get; init; } = "";
        public string? LeadAgency { get; init; }
        public int Year { get; init; }
        public string Source { get; init; } = "";
        public double Planned { get; init; }
    }

    private sealed class StatedRow
    {
        public string Scope { get; init; } = "";
        public int? Year { get; init; }
        public string? Source { get; init; }
        public string? Line { get; init; }
        public double Stated { get; init; }
        public string SeedSentence { get; init; } = "";
    }
}
