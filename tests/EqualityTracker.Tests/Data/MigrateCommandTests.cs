using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace EqualityTracker.Tests.Data;

/// <summary><c>dotnet run --project api -- migrate</c>, run as a real process in Production.</summary>
public sealed class MigrateCommandTests
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "eqt-cli", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void DeleteFolder()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task Migrate_InProduction_AppliesTheScriptsAndLogsJsonLines()
    {
        var (exitCode, output) = await RunApiAsync("migrate");

        Assert.That(exitCode, Is.Zero, output);
        var events = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.That(events.Where(e => e.TryGetProperty("Migration", out _)).Select(e => e.GetProperty("Migration").GetString()),
            Is.EqualTo(EqualityTracker.Api.Data.MigrationScript.LoadEmbedded(EqualityTracker.Api.Data.DatabaseProvider.Sqlite).Select(s => s.Name)));
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "data", "et.db")}");
        await connection.OpenAsync();
        await using var count = new SqliteCommand("SELECT COUNT(*) FROM targets WHERE plan_code = 'NB-2021-2025'", connection);
        Assert.That(await count.ExecuteScalarAsync(), Is.EqualTo(23L));
    }

    [Test]
    public async Task Migrate_WhenAnAppliedScriptChanged_ExitsWithAnError()
    {
        await RunApiAsync("migrate");
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "data", "et.db")}"))
        {
            await connection.OpenAsync();
            await using var tamper = new SqliteCommand("UPDATE schema_migrations SET checksum = 'edited' WHERE name = '0002_seed_areas.sql'", connection);
            await tamper.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        var (exitCode, output) = await RunApiAsync("migrate");

        Assert.That(exitCode, Is.Not.Zero);
        Assert.That(output, Does.Contain("0002_seed_areas.sql changed after it was applied"));
    }

    private async Task<(int ExitCode, string Output)> RunApiAsync(string verb)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(TestContext.CurrentContext.TestDirectory, "EqualityTracker.Api.dll"), verb])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Default"] = "Data Source=data/et.db";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, await stdout + await stderr);
    }
}
