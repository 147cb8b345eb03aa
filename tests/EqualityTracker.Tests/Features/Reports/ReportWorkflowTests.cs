using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;
using NodaTime;

namespace EqualityTracker.Tests.Features.Reports;

/// <summary>
/// Bỉm Sơn 2018, two tiers: the town's Culture office (bs-culture) reports its half-year to the town's Labour office
/// (bs-labour) by 22 May; the Labour office reports the town's half-year to Thanh Hóa's DOLISA (admin-th) by 25 May.
/// Reports lock 15 days after their due date, in Viet Nam's time.
/// </summary>
[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
public sealed class ReportWorkflowTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string Culture = "/api/plans/BS-2018/reports/381/BS-CULTURE/half-year/2018S1";
    private const string Labour = "/api/plans/BS-2018/reports/381/BS-LABOUR/half-year/2018S1";
    private static readonly Instant TwentiethOfMay = Instant.FromUtc(2018, 5, 20, 3, 0);

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Jwt:Lifetime"] = "3650.00:00:00" };

    /// <summary>Each test starts with nothing filed, on 20 May 2018.</summary>
    [SetUp]
    public async Task StartFromNothingFiled()
    {
        Factory.Clock.Reset(TwentiethOfMay);
        await using var connection = await Database.Database.OpenAsync();
        foreach (var table in new[] { "activity_report_outputs", "activity_report_achieved_outputs", "activity_report_spending", "activity_report_items", "activity_reports" })
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, $"DELETE FROM {table}");
        }
    }

    private static object Draft(string status, double achieved) => new
    {
        results = "Đã treo băng rôn tại 8 phường, xã",
        difficulties = "Kinh phí hạn hẹp",
        proposals = "Bổ sung kinh phí truyền thông",
        items = new[]
        {
            new
            {
                activity = "III.2.1", status, note = (string?)null,
                outputs = new[] { new { number = 1, sex = "_T", achieved } },
                spent = new[] { new { source = "provincial", amount = 5.5 } },
            },
        },
    };

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, string url, object body, string? etag = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    [Test]
    public async Task MyActivities_ShowWhatTheOfficeLeads_AndTheReportsItOwesThisYear()
    {
        using var culture = await SignInAsync("bs-culture");

        var mine = await OkAsync(await culture.GetAsync("/api/me/activities?plan=BS-2018&year=2018"));

        Assert.That(mine.GetProperty("activities").EnumerateArray().Select(a => (a.GetProperty("number").GetString(), a.GetProperty("role").GetString())),
            Does.Contain(("III.2.1", "lead")));
        Assert.That(mine.GetProperty("reports").EnumerateArray().Select(r => $"{r.GetProperty("kind").GetString()} {r.GetProperty("due").GetString()} {r.GetProperty("recipient").GetString()}"),
            Is.EqualTo(new[] { "plan 2018-03-22 BS-LABOUR", "half-year 2018-05-22 BS-LABOUR", "year 2018-12-17 BS-LABOUR" }));
    }

    [Test]
    public async Task Office_WritesSubmits_TheLabourOfficeReturnsThenApproves()
    {
        using var culture = await SignInAsync("bs-culture");
        using var labour = await SignInAsync("bs-labour");

        var saved = await OkAsync(await PutAsync(culture, Culture, Draft("in-progress", 12)));
        Assert.That((saved.GetProperty("state").GetString(), saved.GetProperty("version").GetInt32()), Is.EqualTo(("draft", 1)));
        Assert.That(saved.GetProperty("items")[0].GetProperty("outputs")[0].GetProperty("achieved").GetDouble(), Is.EqualTo(12));
        Assert.That(saved.GetProperty("items")[0].GetProperty("spent")[0].GetProperty("amount").GetDouble(), Is.EqualTo(5.5));

        var submitted = await OkAsync(await culture.PostAsync(Culture + "/submit", null));
        Assert.That((submitted.GetProperty("state").GetString(), submitted.GetProperty("onTime").GetBoolean()), Is.EqualTo(("submitted", true)));
        Assert.That((await PutAsync(culture, Culture, Draft("done", 13), "\"2\"")).StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "submitted: no more changes");

        var returned = await OkAsync(await labour.PostAsJsonAsync(Culture + "/return", new { comment = "Ghi rõ số người tham gia" }));
        Assert.That((returned.GetProperty("state").GetString(), returned.GetProperty("comment").GetString()), Is.EqualTo(("returned", "Ghi rõ số người tham gia")));
        var changed = await OkAsync(await PutAsync(culture, Culture, Draft("done", 15), $"\"{returned.GetProperty("version").GetInt32()}\""));
        Assert.That(changed.GetProperty("state").GetString(), Is.EqualTo("draft"));
        await OkAsync(await culture.PostAsync(Culture + "/submit", null));
        var approved = await OkAsync(await labour.PostAsync(Culture + "/approve", null));

        Assert.That(approved.GetProperty("state").GetString(), Is.EqualTo("approved"));
        Assert.That(approved.GetProperty("items")[0].GetProperty("status").GetString(), Is.EqualTo("done"));
    }

    [Test]
    public async Task ChangingAFiledReport_NeedsItsETag()
    {
        using var culture = await SignInAsync("bs-culture");
        const string url = "/api/plans/BS-2018/reports/381/BS-CULTURE/year/2018";
        await OkAsync(await PutAsync(culture, url, Draft("in-progress", 1)));

        var without = await PutAsync(culture, url, Draft("in-progress", 2));
        var stale = await PutAsync(culture, url, Draft("in-progress", 2), "\"9\"");
        var current = await PutAsync(culture, url, Draft("in-progress", 2), "\"1\"");

        Assert.That((without.StatusCode, stale.StatusCode, current.StatusCode),
            Is.EqualTo((HttpStatusCode.PreconditionRequired, HttpStatusCode.PreconditionFailed, HttpStatusCode.OK)));
        Assert.That(current.Headers.ETag?.Tag, Is.EqualTo("\"2\""));
    }

    [Test]
    public async Task ABody_ReportsOnlyItsOwnActivities_AndOnlyItsOwnReport()
    {
        using var culture = await SignInAsync("bs-culture");
        using var labour = await SignInAsync("bs-labour");
        var notItsActivity = new { items = new[] { new { activity = "III.1.1", status = "done" } } };

        var foreignActivity = await PutAsync(culture, "/api/plans/BS-2018/reports/381/BS-CULTURE/year/2018", notItsActivity);
        var foreignReport = await PutAsync(labour, Culture, Draft("done", 1));
        var byTotalForACountBySex = await PutAsync(culture, Culture, new { items = new[] { new { activity = "III.2.1", status = "done", outputs = new[] { new { number = 1, sex = "F", achieved = 3 } } } } });

        Assert.That(foreignActivity.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await foreignActivity.Content.ReadAsStringAsync(), Does.Contain("III.1.1"));
        Assert.That(foreignReport.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(byTotalForACountBySex.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "output 1 of III.2.1 is not counted by sex");
    }

    [Test]
    public async Task TheTownsOwnReport_IsReviewedByTheProvince_NotByTheTown()
    {
        using var labour = await SignInAsync("bs-labour");
        using var culture = await SignInAsync("bs-culture");
        using var province = await SignInAsync("admin-th");
        await OkAsync(await PutAsync(labour, Labour, new { results = "Tổng hợp 6 tháng đầu năm 2018", items = Array.Empty<object>() }));
        await OkAsync(await labour.PostAsync(Labour + "/submit", null));

        var selfApproval = await labour.PostAsync(Labour + "/approve", null);
        var byAnOffice = await culture.PostAsync(Labour + "/approve", null);
        var byTheProvince = await province.PostAsync(Labour + "/approve", null);

        Assert.That((selfApproval.StatusCode, byAnOffice.StatusCode), Is.EqualTo((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)));
        Assert.That((await OkAsync(byTheProvince)).GetProperty("state").GetString(), Is.EqualTo("approved"));
    }

    [Test]
    public async Task AfterItsLockDate_AReportCannotChange_UntilItsReviewerReopensIt()
    {
        using var culture = await SignInAsync("bs-culture");
        using var labour = await SignInAsync("bs-labour");
        await OkAsync(await PutAsync(culture, Culture, Draft("in-progress", 4)));
        await OkAsync(await culture.PostAsync(Culture + "/submit", null));
        await OkAsync(await labour.PostAsync(Culture + "/approve", null));

        Factory.Clock.Reset(Instant.FromUtc(2018, 6, 6, 16, 59, 59)); // 23:59:59 on 6 June in Viet Nam: the lock date itself
        Assert.That((await OkAsync(await culture.GetAsync(Culture))).GetProperty("locked").GetBoolean(), Is.False);
        Factory.Clock.Reset(Instant.FromUtc(2018, 6, 6, 17, 0)); // 7 June has begun in Viet Nam
        var report = await OkAsync(await culture.GetAsync(Culture));
        Assert.That(report.GetProperty("locked").GetBoolean(), Is.True);

        var reopened = await OkAsync(await labour.PostAsync(Culture + "/reopen", null));
        var changed = await PutAsync(culture, Culture, Draft("done", 6), $"\"{reopened.GetProperty("version").GetInt32()}\"");

        Assert.That((reopened.GetProperty("state").GetString(), reopened.GetProperty("locked").GetBoolean()), Is.EqualTo(("draft", false)));
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Roster_CountsEveryBodyWithADuty_LateFirst()
    {
        using var culture = await SignInAsync("bs-culture");
        using var labour = await SignInAsync("bs-labour");
        using var province = await SignInAsync("admin-th");
        await OkAsync(await PutAsync(culture, Culture, Draft("done", 8)));
        await OkAsync(await culture.PostAsync(Culture + "/submit", null));
        Factory.Clock.Reset(Instant.FromUtc(2018, 5, 23, 3, 0));

        var all = await OkAsync(await province.GetAsync("/api/plans/BS-2018/reports?year=2018"));
        var received = await OkAsync(await labour.GetAsync("/api/plans/BS-2018/reports?year=2018"));

        var halfYear = all.GetProperty("reports").EnumerateArray().Where(r => r.GetProperty("period").GetString() == "2018S1" && r.GetProperty("recipient").GetString() == "BS-LABOUR").ToList();
        Assert.That(halfYear.Select(r => r.GetProperty("body").GetString()), Does.Contain("WU").And.Contain("BS-FINANCE").And.Contain("BS-CULTURE"));
        Assert.That(halfYear.Single(r => r.GetProperty("body").GetString() == "BS-CULTURE").GetProperty("onTime").GetBoolean(), Is.True);
        Assert.That(halfYear.Where(r => r.GetProperty("body").GetString() != "BS-CULTURE").Select(r => r.GetProperty("late").GetBoolean()), Is.All.True);
        var lateFlags = all.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("late").GetBoolean()).ToList();
        Assert.That(lateFlags, Is.EqualTo(lateFlags.OrderByDescending(l => l).ToList()), "late first");
        Assert.That(all.GetProperty("late").GetInt32(), Is.EqualTo(lateFlags.Count(l => l)));
        Assert.That(received.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("recipient").GetString() == "BS-LABOUR" || r.GetProperty("body").GetString() == "BS-LABOUR"),
            Is.All.True, "the Labour office sees what it receives and what it owes");
        Assert.That((await culture.GetAsync("/api/plans/BS-2018/reports?year=2018")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task WomensUnionOfNinhBinh_ReportsTheActionMonth_WhenTheMonthEnds()
    {
        Factory.Clock.Reset(Instant.FromUtc(2024, 12, 16, 3, 0));
        using var wu = await SignInAsync("wu");
        using var admin = await SignInAsync("admin");
        const string url = "/api/plans/NB-2021-2025/reports/37/WU/action-month/2024";

        var mine = await OkAsync(await wu.GetAsync("/api/me/activities?plan=NB-2021-2025&year=2024"));
        var owed = mine.GetProperty("reports").EnumerateArray().Select(r => $"{r.GetProperty("kind").GetString()} {r.GetProperty("due").GetString()}").ToList();
        Assert.That(owed, Does.Contain("action-month 2024-12-15").And.Contain("year 2024-12-10"));
        await OkAsync(await PutAsync(wu, url, new { results = "Tổ chức 12 buổi truyền thông", items = new[] { new { activity = "V.19.2", status = "done" } } }));
        var submitted = await OkAsync(await wu.PostAsync(url + "/submit", null));
        var approved = await OkAsync(await admin.PostAsync(url + "/approve", null));

        Assert.That(submitted.GetProperty("onTime").GetBoolean(), Is.False, "submitted on 16 December, due the 15th");
        Assert.That(approved.GetProperty("state").GetString(), Is.EqualTo("approved"));
    }

    [TestCase("/api/plans/BS-2018/reports/381/BS-CULTURE/gbv/2018", HttpStatusCode.NotFound)]
    [TestCase("/api/plans/NOPE/reports/381/BS-CULTURE/half-year/2018S1", HttpStatusCode.NotFound)]
    public async Task AReportThePlanDoesNotAskFor_Is404(string url, HttpStatusCode expected)
    {
        using var culture = await SignInAsync("bs-culture");

        Assert.That((await culture.GetAsync(url)).StatusCode, Is.EqualTo(expected));
    }
}
