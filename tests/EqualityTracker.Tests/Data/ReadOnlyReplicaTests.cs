using System.Net.Http.Json;
using Dapper;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace EqualityTracker.Tests.Data;

/// <summary>With <c>ConnectionStrings:ReadOnly</c> set, the leaders' answers are computed on the replica while it has
/// caught up, and on the primary as soon as it lags: never an answer older than the data version it is served at.</summary>
/// <remarks>SQLite stands in for an availability group's secondary: the replica is a copy of the primary's file, which
/// the API never writes to, so after the next write through the API it is one version behind.</remarks>
public sealed class ReadOnlyReplicaTests
{
    private const string InsertSql = """
        INSERT INTO data_values (measure_code, area_code, period, sex, value, entered_by, entered_at, version, deleted, state)
        VALUES ('LIVE_BIRTHS', '37', '2024', @Sex, @Value, 'test', '2026-01-01T00:00:00.0000000Z', 1, 0, 'approved')
        """;

    [Test]
    public async Task IndicatorProgress_ReadsTheReplicaWhileItHasCaughtUp_AndThePrimaryOnceItLags()
    {
        // Arrange: a migrated primary with 2024 births in Ninh Bình (110 boys per 100 girls), and a replica copied from
        // it whose boys were then changed to 1,200 (120 per 100) — the same data version, so an answer computed on the
        // replica shows itself.
        using var primary = TestDatabase.Create(DatabaseProvider.Sqlite);
        await using (var first = new ApiFactory(primary))
        {
            first.CreateClient().Dispose();
        }

        await using (var connection = await primary.Database.OpenAsync())
        {
            await connection.ExecuteAsync(InsertSql, new[] { new { Sex = "F", Value = 1000.0 }, new { Sex = "M", Value = 1100.0 } });
            await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE)");
        }

        SqliteConnection.ClearAllPools();
        var replicaFile = primary.ConnectionString["Data Source=".Length..] + ".replica";
        File.Copy(primary.ConnectionString["Data Source=".Length..], replicaFile);
        var replica = Database.Create(DatabaseProvider.Sqlite, $"Data Source={replicaFile}", Path.GetTempPath());
        await using (var connection = await replica.OpenAsync())
        {
            await connection.ExecuteAsync("UPDATE data_values SET value = 1200 WHERE measure_code = 'LIVE_BIRTHS' AND area_code = '37' AND period = '2024' AND sex = 'M'");
        }

        try
        {
            await using var factory = new ApiFactory(primary, new Dictionary<string, string?> { ["ConnectionStrings:ReadOnly"] = $"Data Source={replicaFile}" });
            using var statistics = await factory.SignedInClientAsync("statistics");

            // Act: a read at the version both share, then a write through the API (the replica never sees it), then the read again.
            var caughtUp = await SrbAsync(statistics);
            var write = await statistics.PutAsJsonAsync("/api/values/LIVE_BIRTHS/37/2023/F", new { value = 900 });
            var afterWrite = await SrbAsync(statistics);

            // Assert
            Assert.That(caughtUp.GetValueOrDefault("2024"), Is.EqualTo(120).Within(0.05), "computed on the replica, which had caught up");
            Assert.That((int)write.StatusCode, Is.InRange(200, 299), await write.Content.ReadAsStringAsync());
            Assert.That(afterWrite.GetValueOrDefault("2024"), Is.EqualTo(110).Within(0.05), "the replica lags behind the write: computed on the primary");
            factory.AssertContractKept();
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(replicaFile);
        }
    }

    private static async Task<Dictionary<string, double>> SrbAsync(HttpClient client)
    {
        var body = await (await client.GetAsync("/api/indicators/SRB/progress?area=37")).ReadJsonAsync();
        return body.GetProperty("series").EnumerateArray()
            .Where(p => p.GetProperty("sex").GetString() == "_T" && p.GetProperty("value").ValueKind == System.Text.Json.JsonValueKind.Number)
            .ToDictionary(p => p.GetProperty("period").GetString()!, p => p.GetProperty("value").GetDouble());
    }
}
