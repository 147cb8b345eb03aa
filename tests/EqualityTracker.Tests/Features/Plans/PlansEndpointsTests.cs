using EqualityTracker.Api.Shapes;
using System.Net;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;

namespace EqualityTracker.Tests.Features.Plans;

[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
public sealed class PlansEndpointsTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task List_PutsTheNationalStrategiesFirstThenTheProvincesThenTheTown()
    {
        var plans = (await (await Client.GetAsync("/api/plans")).ReadJsonAsync()).EnumerateArray().ToList();

        Assert.That(plans.Select(p => p.GetProperty("code").GetString()), Is.EqualTo(new[]
        {
            "VN-2011-2020", "VN-2021-2030", "TN-2017", "QN-2011-2015", "PT-2016-2020", "NB-2021-2025", "BS-2018",
        }));
        var ninhBinh = plans.Single(p => p.GetProperty("code").GetString() == "NB-2021-2025");
        Assert.That(ninhBinh.GetProperty("targetCount").GetInt32(), Is.EqualTo(23));
        Assert.That(ninhBinh.GetProperty("areaNameVi").GetString(), Is.EqualTo("Tỉnh Ninh Bình"));
        Assert.That((ninhBinh.GetProperty("startYear").GetInt32(), ninhBinh.GetProperty("endYear").GetInt32()), Is.EqualTo((2021, 2025)));
        Assert.That(ninhBinh.GetProperty("legalBasisVi").GetString(), Does.Contain("28/NQ-CP"));
    }

    [TestCase("37", "NB-2021-2025")]
    [TestCase("VN", "VN-2011-2020", "VN-2021-2030")]
    [TestCase("381", "BS-2018")]
    [TestCase("369")]
    public async Task List_ByArea_ReturnsThePlansThatAreaIssued(string area, params string[] expected)
    {
        var plans = await (await Client.GetAsync($"/api/plans?area={area}")).ReadJsonAsync();

        Assert.That(plans.EnumerateArray().Select(p => p.GetProperty("code").GetString()), Is.EqualTo(expected));
    }

    [TestCase("/api/plans?area=ZZ9")]
    [TestCase("/api/plans?area=not%20a%20code")]
    public async Task List_ByABadArea_Answers400Problem(string url)
    {
        var response = await Client.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task Get_NinhBinh_HasSixObjectivesHoldingItsTwentyThreeTargetsAndItsCalendar()
    {
        var plan = await (await Client.GetAsync("/api/plans/NB-2021-2025")).ReadJsonAsync();

        var objectives = plan.GetProperty("objectives").EnumerateArray().ToList();
        Assert.That(objectives.Select(o => o.GetProperty("number").GetInt32()), Is.EqualTo(new[] { 1, 2, 3, 4, 5, 6 }));
        Assert.That(objectives.Select(o => o.GetProperty("targets").GetArrayLength()), Is.EqualTo(new[] { 1, 3, 5, 4, 6, 4 }));
        var health = objectives[3];
        Assert.That(health.GetProperty("domain").GetString(), Is.EqualTo("health"));
        Assert.That(health.GetProperty("domainNameVi").GetString(), Is.EqualTo("Y tế"));
        var srb = health.GetProperty("targets")[0];
        Assert.That(srb.GetProperty("indicatorCode").GetString(), Is.EqualTo("SRB"));
        Assert.That(srb.GetProperty("comparator").GetString(), Is.EqualTo("<="));
        Assert.That(srb.GetProperty("value").GetDecimal(), Is.EqualTo(111m));
        Assert.That(srb.GetProperty("leadAgencies").EnumerateArray().Select(a => a.GetString()), Is.EqualTo(new[] { "DOH" }));
        Assert.That(plan.GetProperty("plan").GetProperty("code").GetString(), Is.EqualTo("NB-2021-2025"));
        Assert.That(plan.GetProperty("reportingCalendar").GetArrayLength(), Is.EqualTo(2));
    }

    [Test]
    public async Task Get_UnknownPlan_Answers404Problem()
    {
        var response = await Client.GetAsync("/api/plans/XX-1999");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That((await response.ReadJsonAsync()).GetProperty("detail").GetString(), Does.Contain("XX-1999"));
    }

    [Test]
    public async Task Targets_OfNinhBinh_AreTheTwentyThreeInPlanOrder()
    {
        var targets = await (await Client.GetAsync("/api/plans/NB-2021-2025/targets")).ReadAsync<List<TargetResponse>>();

        Assert.That(targets.Select(t => $"{t.Objective}.{t.Number}"), Is.EqualTo(new[]
        {
            "1.1", "2.1", "2.2", "2.3", "3.1", "3.2a", "3.2b", "3.3", "3.4", "4.1", "4.2", "4.3", "4.4",
            "5.1", "5.2a", "5.2b", "5.3", "5.4a", "5.4b", "6.1", "6.2", "6.3", "6.4",
        }));
        Assert.That(targets.Select(t => t.Year), Is.All.EqualTo(2025));
    }

    [Test]
    public async Task Targets_ByDomain_ReturnsOnlyThatDomain()
    {
        var targets = await (await Client.GetAsync("/api/plans/NB-2021-2025/targets?domain=health")).ReadAsync<List<TargetResponse>>();

        Assert.That(targets.Select(t => t.IndicatorCode), Is.EqualTo(new[] { "SRB", "MMR", "ADOLESCENT_BIRTH_RATE", "LGBT_HEALTH_FACILITIES" }));
    }

    [TestCase("DOH", "4.1", "4.2", "4.3", "4.4")]
    [TestCase("DIC", "6.3", "6.4")]
    [TestCase("POLICE", "3.2a", "3.2b", "3.3")]
    [TestCase("PSO", "3.1", "5.4a", "5.4b")]
    [TestCase("WU")]
    public async Task Targets_ByAgency_ReturnsTheTargetsItLeadsOrCoordinates(string agency, params string[] expected)
    {
        var targets = await (await Client.GetAsync($"/api/plans/NB-2021-2025/targets?agency={agency}")).ReadAsync<List<TargetResponse>>();

        Assert.That(targets.Select(t => $"{t.Objective}.{t.Number}"), Is.EqualTo(expected));
        Assert.That(targets, Is.All.Matches<TargetResponse>(t => t!.LeadAgencies.Contains(agency) || t.CoordinatingAgencies.Contains(agency)));
    }

    [Test]
    public async Task Targets_ByDomainAndAgency_CombinesTheFilters()
    {
        var targets = await (await Client.GetAsync("/api/plans/NB-2021-2025/targets?domain=family-gbv&agency=DCS")).ReadAsync<List<TargetResponse>>();

        Assert.That(targets.Select(t => $"{t.Objective}.{t.Number}"), Is.EqualTo(new[] { "3.2a", "3.2b" }));
    }

    [TestCase("/api/plans/NB-2021-2025/targets?domain=sports", "domain")]
    [TestCase("/api/plans/NB-2021-2025/targets?domain=Health!", "domain")]
    [TestCase("/api/plans/NB-2021-2025/targets?agency=NOBODY", "agency")]
    public async Task Targets_WithABadFilter_Answers400ProblemNamingIt(string url, string field)
    {
        var response = await Client.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.ReadJsonAsync();
        Assert.That(problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("name").GetString()), Does.Contain(field));
    }

    [Test]
    public async Task Targets_OfAnUnknownPlan_Answers404Problem()
    {
        var response = await Client.GetAsync("/api/plans/NOPE/targets");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }
}
