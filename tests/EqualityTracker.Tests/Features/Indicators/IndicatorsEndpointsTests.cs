using System.Net;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;

namespace EqualityTracker.Tests.Features.Indicators;

[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
public sealed class IndicatorsEndpointsTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task List_HoldsEachMeasuredThingOnceWithItsUnitAndDirection()
    {
        var indicators = (await (await Client.GetAsync("/api/indicators")).ReadJsonAsync()).EnumerateArray()
            .ToDictionary(i => i.GetProperty("code").GetString()!);

        Assert.That(indicators, Has.Count.EqualTo(28));
        var srb = indicators["SRB"];
        Assert.That(srb.GetProperty("unit").GetString(), Is.EqualTo("boys_per_100_girls"));
        Assert.That(srb.GetProperty("direction").GetString(), Is.EqualTo("lower"));
        Assert.That(srb.GetProperty("decimals").GetInt32(), Is.EqualTo(1));
        Assert.That(srb.GetProperty("targetCount").GetInt32(), Is.EqualTo(5), "Ninh Bình 2025, national 2015, 2020, 2025, 2030");
        Assert.That(indicators["GENDER_CURRICULUM"].GetProperty("unit").GetString(), Is.EqualTo("yes_no"));
        Assert.That(indicators["WAGE_WORKERS_F"].GetProperty("direction").GetString(), Is.EqualTo("higher"));
    }

    [Test]
    public async Task Get_SexRatioAtBirth_ShowsTheNational2020And2025GoalsBesideNinhBinhs()
    {
        var body = await (await Client.GetAsync("/api/indicators/SRB")).ReadJsonAsync();

        var goals = body.GetProperty("targets").EnumerateArray()
            .Select(t => $"{t.GetProperty("planCode").GetString()} {t.GetProperty("year").GetInt32()} {t.GetProperty("comparator").GetString()} {t.GetProperty("value").GetDecimal()}")
            .ToList();
        Assert.That(goals, Is.EqualTo(new[]
        {
            "VN-2011-2020 2015 <= 113", "VN-2011-2020 2020 <= 115", "VN-2021-2030 2025 <= 111", "VN-2021-2030 2030 <= 109",
            "NB-2021-2025 2025 <= 111",
        }));
        Assert.That(body.GetProperty("indicator").GetProperty("nameVi").GetString(), Is.EqualTo("Tỷ số giới tính khi sinh"));
    }

    [Test]
    public async Task Get_AnIndicatorSharedByTwoProvinces_ListsBothPlans()
    {
        var body = await (await Client.GetAsync("/api/indicators/GE_STAFF_TRAINED")).ReadJsonAsync();

        Assert.That(body.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("planCode").GetString()),
            Is.EquivalentTo(new[] { "QN-2011-2015", "PT-2016-2020" }));
    }

    [Test]
    public async Task Get_UnknownIndicator_Answers404Problem()
    {
        var response = await Client.GetAsync("/api/indicators/NOT_AN_INDICATOR");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }
}
