using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;

namespace EqualityTracker.Tests.Features.Areas;

/// <summary>The map as a function of the date, on both sides of 1 July 2025, and the series across the change.</summary>
/// <remarks>Hand-computed fixture: live births (girls, boys) of the three provinces that became the new Ninh Bình —
/// old Ninh Bình 37, Hà Nam 35, Nam Định 36 — uploaded at province level for 2021–2024 (Nam Định has no 2021).</remarks>
[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
public sealed class AreasInTimeTests(DatabaseProvider provider) : ApiTest(provider)
{
    private static readonly Dictionary<(string Area, int Year), (int Girls, int Boys)> Births = new()
    {
        [("37", 2021)] = (5000, 5600), [("35", 2021)] = (4000, 4500),
        [("37", 2022)] = (5100, 5650), [("35", 2022)] = (4050, 4480), [("36", 2022)] = (8000, 9100),
        [("37", 2023)] = (5050, 5700), [("35", 2023)] = (3990, 4470), [("36", 2023)] = (7900, 8950),
        [("37", 2024)] = (4980, 5550), [("35", 2024)] = (3950, 4420), [("36", 2024)] = (7800, 8800),
    };

    private HttpClient statistics = null!;

    [OneTimeSetUp]
    public async Task UploadBirths()
    {
        statistics = await SignInAsync("statistics");
        var csv = UploadFiles.Csv([.. Births.SelectMany(b => new[]
        {
            $"LIVE_BIRTHS,{b.Key.Area},{b.Key.Year},F,{b.Value.Girls},", $"LIVE_BIRTHS,{b.Key.Area},{b.Key.Year},M,{b.Value.Boys},",
        })]);
        var response = await statistics.UploadAsync("births.csv", csv);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [OneTimeTearDown]
    public void SignOut() => statistics.Dispose();

    [TestCase("2020-01-01", 63)]
    [TestCase("2025-06-30", 63)]
    [TestCase("2025-07-01", 34)]
    [TestCase("2026-01-01", 34)]
    public async Task Provinces_AreTheMapInForceOnTheDate(string date, int count)
    {
        var provinces = await (await Client.GetAsync($"/api/areas?level=1&date={date}")).ReadJsonAsync();

        Assert.That(provinces.GetArrayLength(), Is.EqualTo(count));
        Assert.That(provinces.EnumerateArray().Select(p => p.GetProperty("code").GetString()), Is.Unique);
    }

    [Test]
    public async Task NinhBinh_In2020_IsTheOldProvinceWithItsDistricts()
    {
        var body = await (await Client.GetAsync("/api/areas/37?date=2020-01-01")).ReadJsonAsync();

        Assert.That(body.GetProperty("area").GetProperty("unit").GetString(), Is.EqualTo("37"));
        Assert.That(body.GetProperty("area").GetProperty("validTo").GetString(), Is.EqualTo("2025-07-01"));
        Assert.That(body.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("code").GetString()),
            Is.EqualTo(new[] { "369", "370", "372", "373", "374", "375", "376", "377" }));
        var successor = body.GetProperty("successors").EnumerateArray().Single();
        Assert.That((successor.GetProperty("code").GetString(), successor.GetProperty("unit").GetString(), successor.GetProperty("effectiveDate").GetString()),
            Is.EqualTo(("37", "37@2025-07-01", "2025-07-01")));
    }

    [Test]
    public async Task NinhBinh_In2026_IsANewUnitWithCommunesDirectlyBelowAndThreePredecessors()
    {
        var body = await (await Client.GetAsync("/api/areas/37?date=2026-01-01")).ReadJsonAsync();

        var area = body.GetProperty("area");
        Assert.That((area.GetProperty("code").GetString(), area.GetProperty("unit").GetString(), area.GetProperty("validFrom").GetString()),
            Is.EqualTo(("37", "37@2025-07-01", "2025-07-01")), "the code is reused; the unit is not the old one");
        var children = body.GetProperty("children").EnumerateArray().ToList();
        Assert.That(children, Has.Count.EqualTo(ReferenceCsv.Read("areas/communes_ninh_binh_post_2025-07-01.csv").Count));
        Assert.That(children.Select(c => c.GetProperty("level").GetInt32()).Distinct(), Is.EqualTo(new[] { 2 }), "communes sit directly under the province");
        var predecessors = body.GetProperty("predecessors").EnumerateArray().ToList();
        Assert.That(predecessors.Select(p => p.GetProperty("code").GetString()), Is.EqualTo(new[] { "35", "36", "37" }));
        Assert.That(predecessors.Select(p => p.GetProperty("nameVi").GetString()), Is.EqualTo(new[] { "Tỉnh Hà Nam", "Tỉnh Nam Định", "Tỉnh Ninh Bình" }));
        Assert.That(predecessors.Select(p => (p.GetProperty("effectiveDate").GetString(), p.GetProperty("share").GetDouble())).Distinct(),
            Is.EqualTo(new[] { ("2025-07-01", 1d) }));
    }

    [Test]
    public async Task QuangNinh_ContinuesAsTheSameUnit_AndItsDistrictsEnd()
    {
        var before = await (await Client.GetAsync("/api/areas/22?date=2020-01-01")).ReadJsonAsync();
        var after = await (await Client.GetAsync("/api/areas/22?date=2026-01-01")).ReadJsonAsync();
        var district = await Client.GetAsync("/api/areas/193?date=2026-01-01");

        Assert.That(after.GetProperty("area").GetProperty("unit").GetString(), Is.EqualTo(before.GetProperty("area").GetProperty("unit").GetString()));
        Assert.That(after.GetProperty("predecessors").GetArrayLength(), Is.Zero);
        Assert.That(after.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("level").GetInt32()).Distinct(), Is.EqualTo(new[] { 2 }));
        Assert.That(district.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "no district level after 1 July 2025");
        Assert.That((await district.ReadJsonAsync()).GetProperty("detail").GetString(), Does.Contain("2026-01-01"));
    }

    [Test]
    public async Task SexRatio_OfTheNewNinhBinh_BeforeItExisted_SumsTheThreeOldProvincesBirths()
    {
        var body = await (await statistics.GetAsync("/api/indicators/SRB/values?area=37&date=2026-01-01&from=2021&to=2024")).ReadJsonAsync();

        Assert.That(body.GetProperty("area").GetProperty("unit").GetString(), Is.EqualTo("37@2025-07-01"));
        var series = body.GetProperty("series").EnumerateArray().ToList();
        Assert.That(series.Select(p => p.GetProperty("period").GetString()), Is.EqualTo(new[] { "2021", "2022", "2023", "2024" }));
        foreach (var point in series)
        {
            var year = int.Parse(point.GetProperty("period").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var rows = Births.Where(b => b.Key.Year == year).ToList();
            double girls = rows.Sum(b => b.Value.Girls), boys = rows.Sum(b => b.Value.Boys);
            Assert.That(point.GetProperty("value").GetDouble(), Is.EqualTo(100 * boys / girls).Within(1e-9), $"{year}: 100 × summed boys / summed girls");
            Assert.That((point.GetProperty("numerator").GetDouble(), point.GetProperty("denominator").GetDouble()), Is.EqualTo((boys, girls)));
            Assert.That(point.GetProperty("origin").GetString(), Is.EqualTo("predecessors"));
            var predecessors = point.GetProperty("predecessors").EnumerateArray().ToList();
            Assert.That(predecessors.Select(p => p.GetProperty("code").GetString()), Is.EquivalentTo(new[] { "35", "36", "37" }));
            Assert.That(predecessors.Where(p => p.GetProperty("hasData").GetBoolean()).Select(p => p.GetProperty("code").GetString()),
                Is.EquivalentTo(rows.Select(r => r.Key.Area)));
            Assert.That((point.GetProperty("contributing").GetInt32(), point.GetProperty("childCount").GetInt32()), Is.EqualTo((rows.Count, 3)));
        }
    }

    [Test]
    public async Task SexRatio_OfOldNinhBinh_IsItsOwnBirths()
    {
        var body = await (await statistics.GetAsync("/api/indicators/SRB/values?area=37&date=2024-12-31&from=2024&to=2024")).ReadJsonAsync();

        var point = body.GetProperty("series").EnumerateArray().Single();
        Assert.That(body.GetProperty("area").GetProperty("unit").GetString(), Is.EqualTo("37"));
        Assert.That(point.GetProperty("value").GetDouble(), Is.EqualTo(100.0 * 5550 / 4980).Within(1e-9));
        Assert.That(point.GetProperty("origin").GetString(), Is.EqualTo("reported"));
    }

    [Test]
    public async Task AValue_BelongsToTheUnitBearingTheCodeWhenItsPeriodBegan()
    {
        var old = await statistics.PutAsJsonAsync("/api/values/LIVE_BIRTHS/36/2024/_T", new { value = 16600 });
        var renewed = await statistics.PutAsJsonAsync("/api/values/LIVE_BIRTHS/37/2026/_T", new { value = 31000 });
        var gone = await statistics.PutAsJsonAsync("/api/values/LIVE_BIRTHS/36/2026/_T", new { value = 1 });
        var district = await statistics.PutAsJsonAsync("/api/values/LIVE_BIRTHS/370/2026/_T", new { value = 1 });

        Assert.That(old.StatusCode, Is.EqualTo(HttpStatusCode.Created), await old.Content.ReadAsStringAsync());
        Assert.That((await old.ReadJsonAsync()).GetProperty("area").GetString(), Is.EqualTo("36"));
        Assert.That(renewed.StatusCode, Is.EqualTo(HttpStatusCode.Created), await renewed.Content.ReadAsStringAsync());
        Assert.That((await renewed.ReadJsonAsync()).GetProperty("area").GetString(), Is.EqualTo("37@2025-07-01"));
        Assert.That(gone.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "Nam Định did not exist in 2026");
        Assert.That((await gone.ReadJsonAsync()).GetProperty("detail").GetString(), Does.Contain("2026-01-01"));
        Assert.That(district.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "districts ended on 1 July 2025");
    }

    [Test]
    public async Task TheNewNinhBinhsCoordinator_ActsOnTheOldProvinces_ButNotOnOthers()
    {
        using var admin = await SignInAsync("admin");
        using var quangNinh = await SignInAsync("admin-qn");

        var me = await (await admin.GetAsync("/api/me")).ReadJsonAsync();
        var hanam = await admin.PutAsJsonAsync("/api/values/MATERNAL_DEATHS/35/2024/_T", new { value = 3 });
        var elsewhere = await quangNinh.PutAsJsonAsync("/api/values/MATERNAL_DEATHS/35/2023/_T", new { value = 3 });
        var newCommune = await admin.PutAsJsonAsync("/api/values/MATERNAL_DEATHS/14362/2026/_T", new { value = 0 });

        Assert.That((me.GetProperty("area").GetString(), me.GetProperty("unit").GetString()), Is.EqualTo(("37", "37@2025-07-01")), "development users land on today's unit");
        Assert.That(hanam.StatusCode, Is.EqualTo(HttpStatusCode.Created), "old Hà Nam is within the new Ninh Bình's lineage");
        Assert.That(elsewhere.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(newCommune.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await newCommune.ReadJsonAsync()).GetProperty("area").GetString(), Is.EqualTo("14362@2025-07-01"));
    }

    [Test]
    public async Task Successions_WithRowErrors_AreRefusedWhole_WithEachRowsError()
    {
        using var admin = await SignInAsync("admin");
        var csv = "predecessor,successor,effective_date,share\n"
            + "14368,14371,2025-07-01,\n"          // fine alone
            + "14368,14371,2025-07-01,\n"          // duplicate of line 2
            + "99999,14371,2025-07-01,\n"          // unknown predecessor
            + "14374,14371,2025-13-01,\n"          // bad date
            + "14374,14377,2025-07-01,1.5\n"       // share above 1
            + "06649,06652,2025-07-01,\n";         // Quảng Ninh: outside Ninh Bình

        var response = await admin.PostAsync("/api/areas/successions", SuccessionsFile(csv));
        var after = await (await Client.GetAsync("/api/areas/14371?date=2026-01-01")).ReadJsonAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        var errors = (await response.ReadJsonAsync()).GetProperty("report").GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString(), e.GetProperty("rule").GetString())).ToList();
        Assert.That(errors, Does.Contain((3, "successor", "duplicate")));
        Assert.That(errors, Does.Contain((4, "predecessor", "unknown-predecessor")));
        Assert.That(errors, Does.Contain((5, "effective_date", "invalid-date")));
        Assert.That(errors, Does.Contain((6, "share", "invalid-share")));
        Assert.That(errors.Where(e => e.Item1 == 7).Select(e => e.Item3), Does.Contain("area-out-of-scope"));
        Assert.That(errors.Select(e => e.Item1), Does.Not.Contain(2));
        Assert.That(after.GetProperty("predecessors").GetArrayLength(), Is.Zero, "nothing was recorded");
    }

    [Test]
    public async Task Successions_AreForCoordinators()
    {
        var response = await statistics.PostAsync("/api/areas/successions", SuccessionsFile("predecessor,successor,effective_date\n14368,14371,2025-07-01\n"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    internal static MultipartFormDataContent SuccessionsFile(string csv)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "successions.csv");
        return form;
    }
}

/// <summary>Commune successions loaded by an admin: a whole successor reads its predecessor's counts; a split without a
/// known share is refused, with a known share its counts are multiplied by it.</summary>
[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
public sealed class CommuneSuccessionsTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task ASplitWithoutAKnownShare_IsRefused_AndAKnownShareScalesTheCounts()
    {
        // Arrange: 2024 births in two old Tam Điệp communes; 14362 split between two new wards without a share,
        // 14368 went half to the new 14371.
        using var admin = await SignInAsync("admin");
        var upload = await admin.UploadAsync("births.csv", UploadFiles.Csv(
            "LIVE_BIRTHS,14362,2024,F,200,", "LIVE_BIRTHS,14362,2024,M,230,", "LIVE_BIRTHS,14368,2024,F,100,", "LIVE_BIRTHS,14368,2024,M,120,"));
        Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.OK), await upload.Content.ReadAsStringAsync());
        var loaded = await admin.PostAsync("/api/areas/successions", AreasInTimeTests.SuccessionsFile(
            "predecessor,successor,effective_date,share\n14362,14362,2025-07-01,\n14362,14365,2025-07-01,\n14368,14371,2025-07-01,0.5\n"));
        Assert.That(loaded.StatusCode, Is.EqualTo(HttpStatusCode.OK), await loaded.Content.ReadAsStringAsync());

        // Act
        var split = await admin.GetAsync("/api/indicators/SRB/values?area=14362&date=2026-01-01&from=2024&to=2024");
        var half = await (await admin.GetAsync("/api/indicators/SRB/values?area=14371&date=2026-01-01&from=2024&to=2024")).ReadJsonAsync();
        var area = await (await Client.GetAsync("/api/areas/14362?date=2025-06-30")).ReadJsonAsync();

        // Assert
        Assert.That(split.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        var detail = (await split.ReadJsonAsync()).GetProperty("detail").GetString();
        Assert.That(detail, Does.Contain("14362").And.Contain("tỷ lệ").And.Contain("share"));
        var point = half.GetProperty("series").EnumerateArray().Single();
        Assert.That((point.GetProperty("numerator").GetDouble(), point.GetProperty("denominator").GetDouble()), Is.EqualTo((60d, 50d)), "half of 120 boys and 100 girls");
        Assert.That(point.GetProperty("predecessors")[0].GetProperty("share").GetDouble(), Is.EqualTo(0.5));
        Assert.That(area.GetProperty("successors").EnumerateArray().Select(s => s.GetProperty("unit").GetString()),
            Is.EqualTo(new[] { "14362@2025-07-01", "14365@2025-07-01" }));
    }
}
