using Dapper;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NodaTime.Testing;

namespace EqualityTracker.Tests.Data;

[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
public sealed class MigrationRunnerTests(DatabaseProvider provider)
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 22, 3, 0);
    private TestDatabase? database;

    [SetUp]
    public void CreateDatabase() => database = TestDatabase.Create(provider);

    [TearDown]
    public void DropDatabase() => database?.Dispose();

    private MigrationRunner Runner() => new(database!.Database, new FakeClock(Now), NullLogger<MigrationRunner>.Instance);

    [Test]
    public async Task ApplyPending_OnFreshDatabase_AppliesEveryScriptInOrderAndRecordsIt()
    {
        var scripts = MigrationScript.LoadEmbedded(provider);

        var applied = await Runner().ApplyPendingAsync();

        Assert.That(applied, Is.EqualTo(scripts.Select(s => s.Name)));
        await using var connection = await database!.Database.OpenAsync();
        var history = (await connection.QueryAsync<(string Name, string Checksum, string AppliedAt)>(
            "SELECT name, checksum, applied_at FROM schema_migrations ORDER BY name")).ToList();
        Assert.That(history.Select(h => h.Name), Is.EqualTo(scripts.Select(s => s.Name)));
        Assert.That(history.Select(h => h.Checksum), Is.EqualTo(scripts.Select(s => s.Checksum)));
        Assert.That(history.Select(h => h.AppliedAt), Is.All.EqualTo("2026-11-22T03:00:00Z"));
        Assert.That(await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM plans"), Is.EqualTo(7));
    }

    [Test]
    public async Task ApplyPending_SecondRun_AppliesNothing()
    {
        await Runner().ApplyPendingAsync();

        var second = await Runner().ApplyPendingAsync();

        Assert.That(second, Is.Empty);
    }

    [Test]
    public async Task ApplyPending_WithNewScript_AppliesOnlyTheNewOne()
    {
        var scripts = MigrationScript.LoadEmbedded(provider).ToList();
        await Runner().ApplyPendingAsync(scripts);
        scripts.Add(new MigrationScript("9999_add_probe.sql", "CREATE TABLE probe (id INT NOT NULL PRIMARY KEY);"));

        var applied = await Runner().ApplyPendingAsync(scripts);

        Assert.That(applied, Is.EqualTo(new[] { "9999_add_probe.sql" }));
    }

    [Test]
    public async Task ApplyPending_WhenAnAppliedScriptWasEdited_RefusesToStart()
    {
        var scripts = MigrationScript.LoadEmbedded(provider).ToList();
        await Runner().ApplyPendingAsync(scripts);
        scripts[1] = scripts[1] with { Sql = scripts[1].Sql + "\n-- edited after it landed\n" };

        var error = await Assert.ThrowsAsync<MigrationChecksumException>(() => Runner().ApplyPendingAsync(scripts));

        Assert.That(error!.Message, Does.Contain(scripts[1].Name).And.Contain("changed after it was applied"));
    }

    [Test]
    public async Task ApplyPending_WhenAnAppliedScriptIsMissing_RefusesToStart()
    {
        var scripts = MigrationScript.LoadEmbedded(provider).ToList();
        await Runner().ApplyPendingAsync(scripts);

        var error = await Assert.ThrowsAsync<MigrationChecksumException>(() => Runner().ApplyPendingAsync(scripts[..^1]));

        Assert.That(error!.Message, Does.Contain(scripts[^1].Name).And.Contain("no longer among the scripts"));
    }

    [Test]
    public async Task ApplyPending_WhenAScriptFails_LeavesNoneOfItBehind()
    {
        var scripts = MigrationScript.LoadEmbedded(provider).ToList();
        await Runner().ApplyPendingAsync(scripts);
        scripts.Add(new MigrationScript("9999_half_broken.sql",
            "CREATE TABLE half (id INT NOT NULL PRIMARY KEY);\nINSERT INTO no_such_table VALUES (1);"));

        Assert.That(async () => await Runner().ApplyPendingAsync(scripts), Throws.Exception);

        await using var connection = await database!.Database.OpenAsync();
        Assert.That(await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM schema_migrations WHERE name = '9999_half_broken.sql'"), Is.Zero);
        Assert.That(async () => await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM half"), Throws.Exception,
            "the table created by the failed script must have been rolled back");
    }
}
