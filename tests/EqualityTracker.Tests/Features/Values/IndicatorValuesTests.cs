using System.Net;
using System.Text.Json;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;

namespace EqualityTracker.Tests.Features.Values;

/// <summary>
/// Hand-computed fixture, Ninh Bình 2024. Live births (girls, boys): district 369 reported (1000, 1100);
/// district 370 not reported, two of its nine communes reported: 14362 (200, 230) and 14365 (300, 330).
/// Maternal deaths: 369 → 1, 14362 → 0, 14365 → 1; live births total as girls + boys.
/// </summary>
[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
public sealed class IndicatorValuesTests(DatabaseProvider provider) : ApiTest(provider)
{
    private HttpClient reader = null!;

    [OneTimeSetUp]
    public async Task UploadFixture()
    {
        using var statistics = await SignInAsync("statistics");
        var csv = UploadFiles.Csv(
            "LIVE_BIRTHS,369,2024,F,1000,", "LIVE_BIRTHS,369,2024,M,1100,", "LIVE_BIRTHS,369,2024,_T,2100,",
            "LIVE_BIRTHS,14362,2024,F,200,", "LIVE_BIRTHS,14362,2024,M,230,", "LIVE_BIRTHS,14362,2024,_T,430,",
            "LIVE_BIRTHS,14365,2024,F,300,", "LIVE_BIRTHS,14365,2024,M,330,", "LIVE_BIRTHS,14365,2024,_T,630,",
            "MATERNAL_DEATHS,369,2024,_T,1,", "MATERNAL_DEATHS,14362,2024,_T,0,", "MATERNAL_DEATHS,14365,2024,_T,1,",
            "LIVE_BIRTHS,369,2023,F,990,", "LIVE_BIRTHS,369,2023,M,1110,",
            "GE_KNOWLEDGE_REACH,369,2024,F,61,", "GE_KNOWLEDGE_REACH,369,2024,M,55,", "GE_KNOWLEDGE_REACH,369,2024,_T,58,",
            "UNPAID_CARE_HOURS,37,2024,F,18,", "UNPAID_CARE_HOURS,37,2024,M,10,");
        var response = await statistics.UploadAsync("fixture.csv", csv);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        reader = await SignInAsync("leader");
    }

    [OneTimeTearDown]
    public void Dispose() => reader?.Dispose();

    private async Task<JsonElement> ValuesAsync(string query) =>
        await (await reader.GetAsync($"/api/indicators/{query}")).ReadJsonAsync();

    private static JsonElement Point(JsonElement series, string period, string sex = "_T") =>
        series.EnumerateArray().Single(p => p.GetProperty("period").GetString() == period && p.GetProperty("sex").GetString() == sex);

    [Test]
    public async Task SexRatio_AtAReportingDistrict_IsComputedFromItsOwnCounts()
    {
        var body = await ValuesAsync("SRB/values?area=369");

        var point = Point(body.GetProperty("series"), "2024");
        Assert.That(point.GetProperty("value").GetDouble(), Is.EqualTo(110));
        Assert.That((point.GetProperty("numerator").GetDouble(), point.GetProperty("denominator").GetDouble()), Is.EqualTo((1100d, 1000d)));
        Assert.That(point.GetProperty("origin").GetString(), Is.EqualTo("reported"));
        Assert.That(body.GetProperty("formula").GetProperty("descriptionEn").GetString(), Is.EqualTo("Sex ratio at birth = 100 × male live births / female live births"));
    }

    [Test]
    public async Task SexRatio_AtADistrictWithoutCounts_SumsTheCommunesThatReported()
    {
        var point = Point((await ValuesAsync("SRB/values?area=370")).GetProperty("series"), "2024");

        Assert.That(point.GetProperty("value").GetDouble(), Is.EqualTo(112).Within(1e-9), "100 × (230 + 330) / (200 + 300)");
        Assert.That(point.GetProperty("origin").GetString(), Is.EqualTo("computed"));
        Assert.That((point.GetProperty("contributing").GetInt32(), point.GetProperty("childCount").GetInt32()), Is.EqualTo((2, 9)));
    }

    [Test]
    public async Task SexRatio_ForTheProvince_SumsDistrictsNotRatios_WithCoverage()
    {
        var body = await ValuesAsync("SRB/values?area=37&date=2024-12-31&children=true");

        var point = Point(body.GetProperty("series"), "2024");
        Assert.That(point.GetProperty("value").GetDouble(), Is.EqualTo(100.0 * 1660 / 1500).Within(1e-9), "100 × (1100 + 560) / (1000 + 500), not the mean of 110 and 112");
        Assert.That((point.GetProperty("contributing").GetInt32(), point.GetProperty("childCount").GetInt32()), Is.EqualTo((2, 8)));
        var districts = body.GetProperty("children").EnumerateArray().ToList();
        Assert.That(districts, Has.Count.EqualTo(8));
        var withValues = districts.Where(d => d.GetProperty("series").GetArrayLength() > 0).Select(d => d.GetProperty("area").GetProperty("code").GetString());
        Assert.That(withValues, Is.EqualTo(new[] { "369", "370" }));
    }

    [Test]
    public async Task MaternalMortality_ForTheProvince_IsPer100000LiveBirths()
    {
        var point = Point((await ValuesAsync("MMR/values?area=37")).GetProperty("series"), "2024");

        Assert.That(point.GetProperty("value").GetDouble(), Is.EqualTo(100_000.0 * 2 / 3160).Within(1e-9));
        Assert.That((point.GetProperty("numerator").GetDouble(), point.GetProperty("denominator").GetDouble()), Is.EqualTo((2d, 3160d)));
    }

    [Test]
    public async Task PeriodFilters_KeepOnlyThePeriodsAsked()
    {
        var all = (await ValuesAsync("SRB/values?area=369")).GetProperty("series");
        var only2023 = (await ValuesAsync("SRB/values?area=369&from=2023&to=2023")).GetProperty("series");

        Assert.That(all.EnumerateArray().Select(p => p.GetProperty("period").GetString()), Is.EqualTo(new[] { "2023", "2024" }));
        Assert.That(only2023.EnumerateArray().Select(p => p.GetProperty("period").GetString()), Is.EqualTo(new[] { "2023" }));
    }

    [Test]
    public async Task DirectlyEnteredPercentage_KeepsItsSexes_AndDoesNotRollUp()
    {
        var district = await ValuesAsync("GE_KNOWLEDGE_REACH/values?area=369");
        var province = await ValuesAsync("GE_KNOWLEDGE_REACH/values?area=37");
        var women = await ValuesAsync("GE_KNOWLEDGE_REACH/values?area=369&sex=F");

        Assert.That(district.GetProperty("series").EnumerateArray().Select(p => p.GetProperty("sex").GetString()), Is.EqualTo(new[] { "F", "M", "_T" }));
        Assert.That(district.GetProperty("rollsUp").GetBoolean(), Is.False);
        Assert.That(province.GetProperty("series").GetArrayLength(), Is.Zero, "a district's percentage is never passed off as the province's");
        Assert.That(women.GetProperty("series").EnumerateArray().Single().GetProperty("value").GetDouble(), Is.EqualTo(61));
    }

    [Test]
    public async Task UnpaidCareRatio_IsWomensHoursOverMens_AtTheAreaThatReportedThem()
    {
        var province = await ValuesAsync("UNPAID_CARE_RATIO/values?area=37&date=2024-12-31");
        var country = await ValuesAsync("UNPAID_CARE_RATIO/values?area=VN");

        Assert.That(Point(province.GetProperty("series"), "2024").GetProperty("value").GetDouble(), Is.EqualTo(1.8));
        Assert.That(province.GetProperty("rollsUp").GetBoolean(), Is.False);
        Assert.That(country.GetProperty("series").GetArrayLength(), Is.Zero, "average hours do not add up across provinces");
    }

    [TestCase("NOPE/values?area=37", HttpStatusCode.NotFound)]
    [TestCase("SRB/values", HttpStatusCode.BadRequest)]
    [TestCase("SRB/values?area=99999", HttpStatusCode.BadRequest)]
    [TestCase("SRB/values?area=37&from=2024X", HttpStatusCode.BadRequest)]
    [TestCase("SRB/values?area=37&sex=W", HttpStatusCode.BadRequest)]
    public async Task BadRequests_AnswerProblems(string query, HttpStatusCode expected)
    {
        var response = await reader.GetAsync($"/api/indicators/{query}");

        Assert.That(response.StatusCode, Is.EqualTo(expected));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }
}
