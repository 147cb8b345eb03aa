using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Features.Plans.Report;
using EqualityTracker.Tests.Infrastructure;
using MiniExcelLibs;

namespace EqualityTracker.Tests.Features.Progress;

/// <summary>
/// Fixture: live births in two Ninh Bình districts (the other six have none).
/// 2021: 369 (girls 1000, boys 1160), 370 (500, 580) → province SRB 116.
/// 2023: 369 (1000, 1120), 370 (500, 560) → province SRB 112.
/// UNSD: v_2025 = 112 × 112/116 = 108.14, r = (108.14 − 116) / (111 − 116) = 1.57 → on_track.
/// </summary>
[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
public sealed class ProgressEndpointsTests(DatabaseProvider provider) : ApiTest(provider)
{
    [OneTimeSetUp]
    public async Task UploadFixture()
    {
        using var statistics = await SignInAsync("statistics");
        var response = await statistics.UploadAsync("births.csv", UploadFiles.Csv(
            "LIVE_BIRTHS,369,2021,F,1000,", "LIVE_BIRTHS,369,2021,M,1160,", "LIVE_BIRTHS,370,2021,F,500,", "LIVE_BIRTHS,370,2021,M,580,",
            "LIVE_BIRTHS,369,2023,F,1000,", "LIVE_BIRTHS,369,2023,M,1120,", "LIVE_BIRTHS,370,2023,F,500,", "LIVE_BIRTHS,370,2023,M,560,"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static JsonElement Target(JsonElement progress, string number) =>
        progress.GetProperty("targets").EnumerateArray().Single(t => $"{t.GetProperty("objective").GetInt32()}.{t.GetProperty("number").GetString()}" == number);

    [Test]
    public async Task PlanProgress_IsPublic_AndJudgesSexRatioOnTrack()
    {
        var response = await Client.GetAsync("/api/plans/NB-2021-2025/progress");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await response.ReadJsonAsync();
        Assert.That(body.GetProperty("approvedOnly").GetBoolean(), Is.True, "anonymous readers see approved values only");
        var srb = Target(body, "4.1");
        Assert.That(srb.GetProperty("status").GetString(), Is.EqualTo("on_track"));
        Assert.That(srb.GetProperty("baseline").GetProperty("value").GetDouble(), Is.EqualTo(116).Within(1e-9));
        Assert.That(srb.GetProperty("latest").GetProperty("value").GetDouble(), Is.EqualTo(112).Within(1e-9));
        Assert.That(srb.GetProperty("projected").GetDouble(), Is.EqualTo(112 * 112 / 116.0).Within(1e-9));
        Assert.That(srb.GetProperty("series").GetArrayLength(), Is.EqualTo(2));
        Assert.That(body.GetProperty("targets").GetArrayLength(), Is.EqualTo(23));
        Assert.That(body.GetProperty("counts").GetProperty("on_track").GetInt32(), Is.GreaterThanOrEqualTo(1));
        Assert.That(body.GetProperty("counts").GetProperty("no_data").GetInt32(), Is.EqualTo(22));
        var health = body.GetProperty("objectives").EnumerateArray().Single(o => o.GetProperty("key").GetString() == "4");
        Assert.That(health.GetProperty("counts").GetProperty("on_track").GetInt32(), Is.EqualTo(1));
        var doh = body.GetProperty("agencies").EnumerateArray().Single(a => a.GetProperty("key").GetString() == "DOH");
        Assert.That(doh.GetProperty("counts").GetProperty("no_data").GetInt32(), Is.EqualTo(3));
    }

    [Test]
    public async Task PlanProgress_UsesATargetsOwnBaseline_WhenItStatesOne()
    {
        await using (var connection = await ((EqualityTracker.Api.Data.Database)Factory.Services.GetService(typeof(EqualityTracker.Api.Data.Database))!).OpenAsync())
        {
            await using var command = connection.CreateCommand();
            // Written behind the API's back (there is no endpoint for baselines yet), so the data version is advanced by hand.
            command.CommandText = "UPDATE targets SET baseline_year = 2020, baseline_value = 118 WHERE plan_code = 'NB-2021-2025' AND objective_number = 4 AND number = '1'; " +
                "UPDATE data_version SET version = version + 1 WHERE id = 1";
            await command.ExecuteNonQueryAsync();
        }

        using var leader = await SignInAsync("leader");
        var srb = Target(await (await leader.GetAsync("/api/plans/NB-2021-2025/progress?method=unsd&approvedOnly=true")).ReadJsonAsync(), "4.1");

        Assert.That((srb.GetProperty("baseline").GetProperty("year").GetInt32(), srb.GetProperty("baseline").GetProperty("value").GetDouble()), Is.EqualTo((2020, 118d)));
    }

    [Test]
    public async Task PlanProgress_OpenSdgMethod_IsAvailable()
    {
        var body = await (await Client.GetAsync("/api/plans/NB-2021-2025/progress?method=opensdg")).ReadJsonAsync();

        Assert.That(body.GetProperty("method").GetString(), Is.EqualTo("opensdg"));
        Assert.That(Target(body, "4.1").GetProperty("ratio").GetDouble(),
            Is.EqualTo((1 - Math.Sqrt(112.0 / 116)) / (1 - Math.Pow(111.0 / 116, 0.25))).Within(1e-9));
    }

    [Test]
    public async Task IndicatorProgress_ShowsTheNationalAndProvincialGoalsAndTheProjection()
    {
        var body = await (await Client.GetAsync("/api/indicators/SRB/progress?area=37")).ReadJsonAsync();

        var goals = body.GetProperty("goals").EnumerateArray()
            .Select(g => $"{g.GetProperty("planCode").GetString()} {g.GetProperty("year").GetInt32()} {g.GetProperty("comparator").GetString()} {g.GetProperty("value").GetDouble()}");
        Assert.That(goals, Is.SupersetOf(new[] { "VN-2011-2020 2020 <= 115", "VN-2021-2030 2025 <= 111", "NB-2021-2025 2025 <= 111" }));
        var projection = body.GetProperty("projection");
        Assert.That((projection.GetProperty("planCode").GetString(), projection.GetProperty("targetYear").GetInt32(), projection.GetProperty("status").GetString()),
            Is.EqualTo(("NB-2021-2025", 2025, "on_track")));
        var points = projection.GetProperty("points").EnumerateArray().Select(p => (p.GetProperty("year").GetInt32(), Math.Round(p.GetProperty("value").GetDouble(), 4))).ToList();
        Assert.That(points, Is.EqualTo(new[] { (2023, 112.0), (2024, Math.Round(112 * Math.Sqrt(112 / 116.0), 4)), (2025, Math.Round(112 * 112 / 116.0, 4)) }));
    }

    [Test]
    public async Task IndicatorProgress_OnceAGoalYearHasData_ProjectsToTheNextGoalAhead()
    {
        // Thái Nguyên city (164): no provincial goal on sex ratio; the national 2025 goal's year has its value.
        using var statistics = await SignInAsync("statistics-vn");
        await statistics.UploadAsync("births-2025.csv", UploadFiles.Csv("LIVE_BIRTHS,164,2021,F,1000,", "LIVE_BIRTHS,164,2021,M,1150,", "LIVE_BIRTHS,164,2025,F,1000,", "LIVE_BIRTHS,164,2025,M,1110,"));

        var projection = (await (await Client.GetAsync("/api/indicators/SRB/progress?area=164")).ReadJsonAsync()).GetProperty("projection");

        Assert.That((projection.GetProperty("planCode").GetString(), projection.GetProperty("targetYear").GetInt32(), projection.GetProperty("targetValue").GetDouble()),
            Is.EqualTo(("VN-2021-2030", 2030, 109d)), "the 2025 goal's year has passed with data: the next goal ahead is 2030's");
        Assert.That(projection.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("year").GetInt32()), Is.EqualTo(new[] { 2025, 2026, 2027, 2028, 2029, 2030 }));
    }

    [Test]
    public async Task Ranking_PutsTheDistrictFurthestBehindFirst_AndThoseWithoutDataLast()
    {
        var body = await (await Client.GetAsync("/api/indicators/SRB/ranking?area=37&period=2023")).ReadJsonAsync();

        var areas = body.GetProperty("areas").EnumerateArray().ToList();
        Assert.That(areas.Take(2).Select(a => (a.GetProperty("code").GetString(), a.GetProperty("value").GetDouble())), Is.EqualTo(new[] { ("369", 112d), ("370", 112d) }));
        Assert.That(areas[0].GetProperty("gap").GetDouble(), Is.EqualTo(1).Within(1e-9));
        Assert.That(areas.Skip(2).Select(a => a.GetProperty("status").GetString()), Is.All.EqualTo("no_data"));
        Assert.That(areas, Has.Count.EqualTo(8));
        Assert.That(body.GetProperty("target").GetDouble(), Is.EqualTo(111));
    }

    [Test]
    public async Task Progress_ReflectsANewUploadOnTheNextRequest()
    {
        using var statistics = await SignInAsync("statistics");
        var before = Target(await (await Client.GetAsync("/api/plans/NB-2021-2025/progress")).ReadJsonAsync(), "4.2");
        Assert.That(before.GetProperty("status").GetString(), Is.EqualTo("no_data"));

        await statistics.UploadAsync("mmr.csv", UploadFiles.Csv(
            "MATERNAL_DEATHS,37,2021,_T,10,", "LIVE_BIRTHS,37,2021,_T,20000,", "MATERNAL_DEATHS,37,2024,_T,5,", "LIVE_BIRTHS,37,2024,_T,20000,"));
        var after = Target(await (await Client.GetAsync("/api/plans/NB-2021-2025/progress")).ReadJsonAsync(), "4.2");

        Assert.That(after.GetProperty("latest").GetProperty("value").GetDouble(), Is.EqualTo(25).Within(1e-9), "100,000 × 5 / 20,000");
        Assert.That(after.GetProperty("status").GetString(), Is.EqualTo("achieved"), "25 ≤ 28");
    }

    [Test]
    public async Task PlanProgress_AnswersNotModifiedToItsETag_UntilTheDataChanges()
    {
        var first = await Client.GetAsync("/api/plans/NB-2021-2025/progress");
        var etag = first.Headers.ETag!.Tag;
        var again = new HttpRequestMessage(HttpMethod.Get, "/api/plans/NB-2021-2025/progress");
        again.Headers.TryAddWithoutValidation("If-None-Match", etag);

        Assert.That((await Client.SendAsync(again)).StatusCode, Is.EqualTo(HttpStatusCode.NotModified));

        using var statistics = await SignInAsync("statistics");
        await statistics.UploadAsync("more.csv", UploadFiles.Csv("LIVE_BIRTHS,372,2022,F,700,"));
        var afterUpload = new HttpRequestMessage(HttpMethod.Get, "/api/plans/NB-2021-2025/progress");
        afterUpload.Headers.TryAddWithoutValidation("If-None-Match", etag);
        var fresh = await Client.SendAsync(afterUpload);

        Assert.That(fresh.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(fresh.Headers.ETag!.Tag, Is.Not.EqualTo(etag));
    }

    [Test]
    public async Task DraftValues_CountOnlyForTheCoordinatorOfTheArea_NotForEverySignedInReader()
    {
        Factory.Clock.Reset(NodaTime.Instant.FromUtc(2025, 12, 1, 3, 0));
        try
        {
            using var dic = await SignInAsync("dic");
            (await dic.PutAsJsonAsync("/api/values/COMMUNES_GE_NEWS/37/2025/_T", new { value = 100 })).EnsureSuccessStatusCode();
            using var leader = await SignInAsync("leader");
            using var admin = await SignInAsync("admin");
            using var otherProvince = await SignInAsync("admin-qn");

            var publicView = Target(await (await Client.GetAsync("/api/plans/NB-2021-2025/progress")).ReadJsonAsync(), "6.3");
            var leaderView = Target(await (await leader.GetAsync("/api/plans/NB-2021-2025/progress")).ReadJsonAsync(), "6.3");
            var coordinator = Target(await (await admin.GetAsync("/api/plans/NB-2021-2025/progress")).ReadJsonAsync(), "6.3");
            var otherCoordinator = Target(await (await otherProvince.GetAsync("/api/plans/NB-2021-2025/progress")).ReadJsonAsync(), "6.3");
            var approvedOnly = Target(await (await admin.GetAsync("/api/plans/NB-2021-2025/progress?approvedOnly=true")).ReadJsonAsync(), "6.3");

            Assert.That(publicView.GetProperty("status").GetString(), Is.EqualTo("no_data"));
            Assert.That(leaderView.GetProperty("status").GetString(), Is.EqualTo("no_data"), "a leader reads published (approved) values");
            Assert.That(coordinator.GetProperty("status").GetString(), Is.EqualTo("achieved"));
            Assert.That(otherCoordinator.GetProperty("status").GetString(), Is.EqualTo("no_data"), "another province's coordinator sees no draft of Ninh Bình");
            Assert.That(approvedOnly.GetProperty("status").GetString(), Is.EqualTo("no_data"));
        }
        finally
        {
            Factory.Clock.Reset(ApiFactory.Now);
        }
    }

    [Test]
    public async Task AnnualReport_AsCsvAndXlsx_HasARowPerTargetAndEachPlanYear()
    {
        var csv = await Client.GetStringAsync("/api/plans/NB-2021-2025/report.csv");
        var xlsx = await Client.GetByteArrayAsync("/api/plans/NB-2021-2025/report.xlsx");

        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(24));
        Assert.That(lines[0], Does.Contain("2021,2022,2023,2024,2025"));
        Assert.That(lines.Single(l => l.StartsWith("4,4.1,", StringComparison.Ordinal)), Does.Contain("Sở Y tế").And.Contain("116 (2021)").And.Contain("<= 111 (2025)").And.Contain("on_track"));
        var rows = new MemoryStream(xlsx).Query(useHeaderRow: true).ToList();
        Assert.That(rows, Has.Count.EqualTo(23));
    }

    [Test]
    public async Task AnnualReportCsv_ReadsItsAreaOnThePlansMap_OrOnTheDateAsked()
    {
        // Act: 37 on the plan's own map (old Ninh Bình), on 1 January 2026 (the new one), and a district on a day after districts ended.
        var onThePlansMap = await Client.GetAsync("/api/plans/NB-2021-2025/report.csv?area=37");
        var onTheNewMap = await Client.GetAsync("/api/plans/NB-2021-2025/report.csv?area=37&date=2026-01-01");
        var endedDistrict = await Client.GetAsync("/api/plans/NB-2021-2025/report.csv?area=369&date=2026-01-01");
        var badDate = await Client.GetAsync("/api/plans/NB-2021-2025/report.csv?area=37&date=2026-13-01");

        // Assert
        Assert.That(onThePlansMap.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(onThePlansMap.Content.Headers.ContentDisposition?.FileNameStar ?? onThePlansMap.Content.Headers.ContentDisposition?.FileName, Does.Contain("report-NB-2021-2025-37"));
        Assert.That(onTheNewMap.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(endedDistrict.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "no district bore 369 in 2026");
        Assert.That(badDate.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }
}
