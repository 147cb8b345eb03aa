using System.Net;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Features.Demo;
using EqualityTracker.Tests.Infrastructure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime.Testing;

namespace EqualityTracker.Tests.Features.Demo;

public sealed class DemoDataTests
{
    private static readonly DemoData.District[] Districts =
    [
        new() { Code = "369", Province = "37", Communes = 14 },
        new() { Code = "370", Province = "37", Communes = 9 },
    ];

    [Test]
    public void Generate_IsTheSameEveryTime()
    {
        var first = DemoData.Generate(Districts, 2016, 2025).ToList();
        var second = DemoData.Generate(Districts, 2016, 2025).ToList();

        Assert.That(second, Is.EqualTo(first));
        Assert.That(first, Has.Count.GreaterThan(300));
    }

    [Test]
    public void Generate_KeepsCountsWholeAndSexesAddingUp()
    {
        var values = DemoData.Generate(Districts, 2016, 2025).ToList();
        var births = values.Where(v => v.MeasureCode == "LIVE_BIRTHS" && v.AreaCode == "369" && v.Period == "2020").ToDictionary(v => v.Sex, v => v.Value);

        Assert.That(births["F"] + births["M"], Is.EqualTo(births["_T"]));
        Assert.That(values.Where(v => v.MeasureCode is "LIVE_BIRTHS" or "MATERNAL_DEATHS" or "EMPLOYED").Select(v => v.Value), Is.All.Matches<double>(v => v == Math.Floor(v) && v >= 0));
        Assert.That(100 * births["M"] / births["F"], Is.InRange(100, 130), "a plausible sex ratio at birth");
    }

    [Test]
    public async Task Seed_InProduction_Refuses()
    {
        using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        var demo = new DemoData(new WriteScopes(database.Database), new FakeClock(ApiFactory.Now), NullLogger<DemoData>.Instance);

        await Assert.ThrowsAsync<InvalidOperationException>(() => demo.SeedAsync(new ProductionEnvironment()));
    }

    [TestCase("true", true)]
    [TestCase("false", false)]
    public async Task Development_StartsWithLabelledDemoDataUnlessSwitchedOff(string enabled, bool expected)
    {
        using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        await using var factory = new ApiFactory(database, new Dictionary<string, string?> { ["Demo:Enabled"] = enabled }, environment: "Development");

        var demo = await (await factory.CreateClient().GetAsync("/api/demo")).ReadJsonAsync();

        Assert.That(demo.GetProperty("enabled").GetBoolean(), Is.EqualTo(expected));
        if (expected)
        {
            using var leader = await factory.SignedInClientAsync("leader");
            var response = await leader.GetAsync("/api/indicators/SRB/values?area=37&date=2024-12-31&from=2024&to=2024");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            var point = (await response.ReadJsonAsync()).GetProperty("series")[0];
            Assert.That(point.GetProperty("origin").GetString(), Is.EqualTo("computed"));
            Assert.That(point.GetProperty("contributing").GetInt32(), Is.EqualTo(8));

            // The new Ninh Bình's 2024 is its three predecessors' births, each with demo counts.
            var renewed = await (await leader.GetAsync("/api/indicators/SRB/values?area=37&date=2026-01-01&from=2024&to=2024")).ReadJsonAsync();
            var summed = renewed.GetProperty("series")[0];
            Assert.That(summed.GetProperty("origin").GetString(), Is.EqualTo("predecessors"));
            Assert.That(summed.GetProperty("contributing").GetInt32(), Is.EqualTo(3));
        }
    }

    private sealed class ProductionEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;
        public string ApplicationName { get; set; } = "EqualityTracker";
        public string ContentRootPath { get; set; } = Path.GetTempPath();
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
