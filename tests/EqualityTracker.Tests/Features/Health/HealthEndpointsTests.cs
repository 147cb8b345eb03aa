using System.Net;
using Microsoft.Extensions.DependencyInjection;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;

namespace EqualityTracker.Tests.Features.Health;

[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
public sealed class HealthEndpointsTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task Live_Answers200()
    {
        var response = await Client.GetAsync("/health/live");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadJsonAsync()).GetProperty("status").GetString(), Is.EqualTo("live"));
    }

    [Test]
    public async Task Ready_ReportsTheEngineAndEveryAppliedMigration()
    {
        var response = await Client.GetAsync("/health/ready");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await response.ReadJsonAsync();
        Assert.That(body.GetProperty("database").GetString(), Is.EqualTo(Provider.ToString()));
        Assert.That(body.GetProperty("migrations").GetInt32(), Is.EqualTo(MigrationScript.LoadEmbedded(Provider).Count));
    }
}

public sealed class ReadyWithoutDatabaseTests
{
    [Test]
    public async Task Ready_WhenTheDatabaseIsGone_Answers503Problem()
    {
        // Arrange: a started API whose SQLite file is then replaced by a directory, so every open fails.
        using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        await using var factory = new ApiFactory(database);
        using var client = factory.CreateClient();
        Assert.That((await client.GetAsync("/health/ready")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var file = database.ConnectionString["Data Source=".Length..];
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(file);
        Directory.CreateDirectory(file);

        try
        {
            var response = await client.GetAsync("/health/ready");

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        }
        finally
        {
            Directory.Delete(file);
        }
    }
}

/// <summary>A started process computes the national sums before it says it is ready, so its first national answer reuses them.</summary>
public sealed class ReadyAfterWarmUpTests() : ApiTest(DatabaseProvider.Sqlite)
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Progress:WarmUp"] = "true",
        ["Demo:Enabled"] = "true",
    };

    [Test]
    public async Task Ready_AfterTheWarmUp_TheFirstNationalDashboardComputesNoSumWhole()
    {
        // Arrange: wait until the process says it is ready.
        var sums = Factory.Services.GetRequiredService<EqualityTracker.Api.Features.Values.RollUpSums>();
        var waited = System.Diagnostics.Stopwatch.StartNew(); // a test's patience, not the product's time
        HttpResponseMessage ready;
        while ((ready = await Client.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            Assert.That(ready.Headers.RetryAfter, Is.Not.Null, "a replica warming up says when to ask again");
            await Task.Delay(50);
        }

        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var wholeAtReady = sums.Updates.Full;

        // Act: the first leader's national dashboard, the public reading.
        var response = await Client.GetAsync("/api/plans/VN-2021-2030/progress?area=VN");

        // Assert
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(wholeAtReady, Is.GreaterThan(0), "the warm-up computed the national sums before the process was ready");
        Assert.That(sums.Updates.Full, Is.EqualTo(wholeAtReady), "the first national answer reused the warmed sums");
        Assert.That((await response.ReadJsonAsync()).GetProperty("targets").GetArrayLength(), Is.GreaterThan(0));
    }
}
