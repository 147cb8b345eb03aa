using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;
using NodaTime;

namespace EqualityTracker.Tests.Features.Plans;

/// <summary>
/// GET /api/plans/{code}/execution: activity completion and budget execution from approved reports only, open to leaders
/// and the public. Bỉm Sơn 2018 and Thái Nguyên 2017 set no numeric target: their activities are what shows.
/// </summary>
[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
public sealed class ExecutionEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string Culture = "/api/plans/BS-2018/reports/381/BS-CULTURE/half-year/2018S1";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Jwt:Lifetime"] = "3650.00:00:00" };

    [SetUp]
    public async Task StartFromNothingFiled()
    {
        Factory.Clock.Reset(Instant.FromUtc(2018, 5, 20, 3, 0));
        await using var connection = await Database.Database.OpenAsync();
        foreach (var table in new[] { "activity_report_outputs", "activity_report_achieved_outputs", "activity_report_spending", "activity_report_items", "activity_reports" })
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, $"DELETE FROM {table}");
        }
    }

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    private static object Draft(string status, double spent) => new
    {
        items = new[] { new { activity = "III.2.1", status, spent = new[] { new { source = "provincial", amount = spent } } } },
    };

    [TestCase("TN-2017", 2017, 30)]
    [TestCase("BS-2018", 2018, 44)]
    public async Task APlanWithoutTargets_ShowsItsActivities_AllNotReported_BeforeAnyReport(string plan, int year, int activities)
    {
        var execution = await OkAsync(await Client.GetAsync($"/api/plans/{plan}/execution?period={year}"));

        var overall = execution.GetProperty("overall");
        Assert.That((overall.GetProperty("planned").GetInt32(), overall.GetProperty("notReported").GetInt32(), overall.GetProperty("done").GetInt32()),
            Is.EqualTo((activities, activities, 0)));
        Assert.That(overall.GetProperty("completion").GetDouble(), Is.EqualTo(0));
        Assert.That(execution.GetProperty("domains").EnumerateArray().Sum(d => d.GetProperty("figures").GetProperty("planned").GetInt32()), Is.EqualTo(activities));
        Assert.That(execution.GetProperty("activities").GetArrayLength(), Is.EqualTo(activities));
        Assert.That(execution.GetProperty("formula").GetString(), Does.Contain("done ÷ (activities planned in the period − cancelled)"));
    }

    [Test]
    public async Task OnlyApprovedReports_Count_ALeaderSeesCompletion_ButNotTheReports()
    {
        using var culture = await SignInAsync("bs-culture");
        using var labour = await SignInAsync("bs-labour");
        using var leader = await SignInAsync("leader");
        await OkAsync(await culture.PutAsJsonAsync(Culture, Draft("done", 5.5)));
        await OkAsync(await culture.PostAsync(Culture + "/submit", null));

        var whileSubmitted = await OkAsync(await leader.GetAsync("/api/plans/BS-2018/execution?period=2018"));
        await OkAsync(await labour.PostAsync(Culture + "/approve", null));
        var approved = await OkAsync(await leader.GetAsync("/api/plans/BS-2018/execution?period=2018"));
        var theReport = await leader.GetAsync(Culture);

        string? Status(JsonElement e) => e.GetProperty("activities").EnumerateArray().Single(a => a.GetProperty("number").GetString() == "III.2.1").GetProperty("status").GetString();
        Assert.That((Status(whileSubmitted), whileSubmitted.GetProperty("approvedReports").GetInt32()), Is.EqualTo(((string?)null, 0)), "a submitted report is not yet read");
        Assert.That(whileSubmitted.GetProperty("budget").GetProperty("spent").GetDouble(), Is.EqualTo(0));
        Assert.That((Status(approved), approved.GetProperty("approvedReports").GetInt32()), Is.EqualTo(("done", 1)));
        var overall = approved.GetProperty("overall");
        Assert.That((overall.GetProperty("done").GetInt32(), overall.GetProperty("due").GetInt32()), Is.EqualTo((1, 44)));
        Assert.That(overall.GetProperty("completion").GetDouble(), Is.EqualTo(Math.Round(100.0 / 44, 1)));
        var provincial = approved.GetProperty("budget").GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("source").GetString() == "provincial");
        Assert.That(provincial.GetProperty("spent").GetDouble(), Is.EqualTo(5.5));
        Assert.That(theReport.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "the leader reads the figures, not the report");
    }

    [Test]
    public async Task QuangNinhsBudget_IsPlannedByYear_AndExecutionIsUnknownWithoutSpending()
    {
        var year = await OkAsync(await Client.GetAsync("/api/plans/QN-2011-2015/execution?period=2013"));
        var whole = await OkAsync(await Client.GetAsync("/api/plans/QN-2011-2015/execution"));

        Assert.That(year.GetProperty("budget").GetProperty("planned").GetDouble(), Is.GreaterThan(0));
        Assert.That(year.GetProperty("budget").GetProperty("execution").GetDouble(), Is.EqualTo(0));
        Assert.That(whole.GetProperty("budget").GetProperty("planned").GetDouble(), Is.EqualTo(10140), "the lines add up to 10,140 million VND");
        Assert.That(whole.GetProperty("period").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [TestCase("/api/plans/NOPE/execution", HttpStatusCode.NotFound)]
    [TestCase("/api/plans/BS-2018/execution?period=20180", HttpStatusCode.BadRequest)]
    public async Task AnUnknownPlanOrABadYear_IsRefused(string url, HttpStatusCode expected)
    {
        Assert.That((await Client.GetAsync(url)).StatusCode, Is.EqualTo(expected));
    }
}
