using System.Net;
using System.Text.Json;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;

namespace EqualityTracker.Tests.Features.Activities;

/// <summary>Quảng Ninh 2012–2015: the document prints 10,050 million VND; its lines add up to 10,140 (line V, inspection, 90, left out).</summary>
[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
public sealed class BudgetEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    private async Task<JsonElement> BudgetAsync(string plan)
    {
        var response = await Client.GetAsync($"/api/plans/{plan}/budget");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await response.ReadJsonAsync();
    }

    [Test]
    public async Task QuangNinh_ShowsTheStatedAndTheComputedTotal_AndTheLineThatWasLeftOut()
    {
        var budget = await BudgetAsync("QN-2011-2015");

        Assert.That(budget.GetProperty("computed").GetProperty("total").GetDouble(), Is.EqualTo(10_140));
        var total = budget.GetProperty("stated").EnumerateArray().Single(s => s.GetProperty("scope").GetString() == "total");
        Assert.That(total.GetProperty("stated").GetDouble(), Is.EqualTo(10_050));
        Assert.That(total.GetProperty("computed").GetDouble(), Is.EqualTo(10_140));
        Assert.That(total.GetProperty("difference").GetDouble(), Is.EqualTo(90));
        Assert.That(total.GetProperty("explainedBy").EnumerateArray().Select(l => l.GetString()), Is.EqualTo(new[] { "V" }));
        var lineV = budget.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("line").GetString() == "V");
        Assert.That(lineV.GetProperty("total").GetDouble(), Is.EqualTo(90));
    }

    [Test]
    public async Task QuangNinh_YearTotals_DifferOnlyByLineV()
    {
        var budget = await BudgetAsync("QN-2011-2015");

        var years = budget.GetProperty("stated").EnumerateArray()
            .Where(s => s.GetProperty("scope").GetString() == "year")
            .Select(s => (s.GetProperty("year").GetInt32(), s.GetProperty("stated").GetDouble(), s.GetProperty("computed").GetDouble()))
            .Distinct().ToList();
        Assert.That(years, Is.EqualTo(new[] { (2012, 500.0, 500.0), (2013, 3130.0, 3150.0), (2014, 3220.0, 3240.0), (2015, 3200.0, 3250.0) }));
        Assert.That(budget.GetProperty("computed").GetProperty("bySource").EnumerateArray().Sum(s => s.GetProperty("amount").GetDouble()), Is.EqualTo(10_140));
        Assert.That(budget.GetProperty("subLineDifferences").GetArrayLength(), Is.Zero, "each project equals its sub-projects");
    }

    [Test]
    public async Task APlanWithoutABudgetTable_HasNoLines()
    {
        var budget = await BudgetAsync("NB-2021-2025");

        Assert.That(budget.GetProperty("lines").GetArrayLength(), Is.Zero);
        Assert.That(budget.GetProperty("computed").GetProperty("total").GetDouble(), Is.Zero);
    }

    [Test]
    public async Task UnknownPlan_Is404()
    {
        var response = await Client.GetAsync("/api/plans/NOPE/budget");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
