using System.Net;
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
