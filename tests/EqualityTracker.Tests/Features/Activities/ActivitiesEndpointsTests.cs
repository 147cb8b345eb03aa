using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;

namespace EqualityTracker.Tests.Features.Activities;

/// <summary>The activities of the five seed plans, as <c>db/reference/plan-activities.csv</c> records them from the seeds.</summary>
[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
public sealed partial class ActivitiesEndpointsTests(DatabaseProvider provider) : ApiTest(provider)
{
    private async Task<List<JsonElement>> ActivitiesAsync(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return [.. (await response.ReadJsonAsync()).EnumerateArray()];
    }

    [TestCase("PT-2016-2020", 41)]
    [TestCase("BS-2018", 44)]
    [TestCase("NB-2021-2025", 76)]
    [TestCase("QN-2011-2015", 51)]
    [TestCase("TN-2017", 30)]
    public async Task Activities_OfASeedPlan_AreEveryOneItsTextAssigns(string plan, int count)
    {
        var activities = await ActivitiesAsync($"/api/plans/{plan}/activities");

        Assert.That(activities, Has.Count.EqualTo(count));
        Assert.That(activities.Select(a => a.GetProperty("number").GetString()), Is.Unique);
    }

    [Test]
    public async Task EveryActivity_CarriesItsSeedSentence_WordForWordFromTheSeedPlan()
    {
        var seeds = new Dictionary<string, string>();
        foreach (var plan in new[] { "PT-2016-2020", "BS-2018", "NB-2021-2025", "QN-2011-2015", "TN-2017" })
        {
            foreach (var activity in await ActivitiesAsync($"/api/plans/{plan}/activities"))
            {
                var seed = activity.GetProperty("seed").GetString()!;
                if (!seeds.TryGetValue(seed, out var text))
                {
                    text = seeds[seed] = Collapse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Shared, "seeds", seed)));
                }

                Assert.That(text, Does.Contain(Collapse(activity.GetProperty("seedSentence").GetString()!)), $"{plan} {activity.GetProperty("number")}");
            }
        }
    }

    [Test]
    public async Task TheTwoAnnualPlans_WithNoNumericTarget_ShowTheirActivitiesWithLeadBodies()
    {
        var thaiNguyen = await ActivitiesAsync("/api/plans/TN-2017/activities");
        var bimSon = await ActivitiesAsync("/api/plans/BS-2018/activities");

        Assert.That(thaiNguyen.Count(a => a.GetProperty("lead").GetArrayLength() > 0), Is.GreaterThan(10));
        Assert.That(bimSon.Count(a => a.GetProperty("lead").GetArrayLength() > 0), Is.GreaterThan(10));
        Assert.That(bimSon.SelectMany(a => a.GetProperty("lead").EnumerateArray()).Select(b => b.GetProperty("kind").GetString()),
            Does.Contain("town-office"), "a town's offices are bodies with duties");
    }

    [Test]
    public async Task Filters_ByBody_Domain_AndYear_KeepOnlyWhatMatches()
    {
        var womensUnion = await ActivitiesAsync("/api/plans/NB-2021-2025/activities?body=WU");
        var health = await ActivitiesAsync("/api/plans/NB-2021-2025/activities?domain=health");
        var in2012 = await ActivitiesAsync("/api/plans/QN-2011-2015/activities?year=2012");
        var in2016 = await ActivitiesAsync("/api/plans/QN-2011-2015/activities?year=2016");

        Assert.That(womensUnion, Is.Not.Empty);
        Assert.That(womensUnion.Select(a => a.GetProperty("lead").EnumerateArray().Concat(a.GetProperty("coordinating").EnumerateArray())
            .Select(b => b.GetProperty("code").GetString())), Has.All.Contain("WU"));
        Assert.That(health.Select(a => a.GetProperty("domain").GetString()), Is.Not.Empty.And.All.EqualTo("health"));
        Assert.That(in2012.Select(a => string.CompareOrdinal(a.GetProperty("start").GetString(), "2012-12-31") <= 0
                                       && string.CompareOrdinal(a.GetProperty("end").GetString(), "2012-01-01") >= 0), Is.Not.Empty.And.All.True);
        Assert.That(in2016, Is.Empty);
    }

    [Test]
    public async Task Outputs_CountTraineesBySex_AndNameThePilotCommunes()
    {
        var outputs = (await ActivitiesAsync("/api/plans/QN-2011-2015/activities")).SelectMany(a => a.GetProperty("outputs").EnumerateArray()).ToList();

        Assert.That(outputs.Any(o => o.GetProperty("bySex").GetBoolean()), Is.True);
        Assert.That(outputs.SelectMany(o => o.GetProperty("communes").EnumerateArray()).Select(c => c.GetString()), Is.Not.Empty.And.All.Match("^[0-9]{5}$"));
    }

    [TestCase("/api/plans/NOPE/activities", HttpStatusCode.NotFound)]
    [TestCase("/api/plans/BS-2018/activities?body=NOPE", HttpStatusCode.BadRequest)]
    [TestCase("/api/plans/BS-2018/activities?domain=nope", HttpStatusCode.BadRequest)]
    [TestCase("/api/plans/BS-2018/activities?year=12", HttpStatusCode.BadRequest)]
    public async Task UnknownPlanOrFilter_IsAProblem(string url, HttpStatusCode expected)
    {
        var response = await Client.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(expected));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
