using Dapper;
using NodaTime;
using NodaTime.Text;

namespace EqualityTracker.Api.Data;

/// <summary>Applies pending migration scripts in order, each in its own transaction, and records them.</summary>
/// <remarks>
/// DbUp's philosophy without DbUp (its SQL Server package does not restore here): a history table
/// <c>schema_migrations</c> holds each applied script's name, checksum and instant. Start-up is refused when an
/// applied script's checksum changed or an applied script is missing, because the database would no longer be the
/// one the scripts describe.
/// </remarks>
public sealed class MigrationRunner(Database database, IClock clock, ILogger<MigrationRunner> logger)
{
    private const string SelectApplied = """
        SELECT name AS Name, checksum AS Checksum FROM schema_migrations
        """;

    private const string InsertApplied = """
        INSERT INTO schema_migrations (name, checksum, applied_at) VALUES (@Name, @Checksum, @AppliedAt)
        """;

    /// <summary>Applies the engine's embedded scripts that the database has not applied yet.</summary>
    /// <returns>The names of the scripts applied by this call, in order.</returns>
    public Task<IReadOnlyList<string>> ApplyPendingAsync(CancellationToken ct = default) =>
        ApplyPendingAsync(MigrationScript.LoadEmbedded(database.Dialect.Provider), ct);

    /// <summary>Applies the given scripts that the database has not applied yet.</summary>
    public async Task<IReadOnlyList<string>> ApplyPendingAsync(IReadOnlyList<MigrationScript> scripts, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await database.Dialect.VerifyServerAsync(connection, ct);
        if (database.Dialect.DatabaseSetup is { } setup)
        {
            await connection.ExecuteAsync(new CommandDefinition(setup, cancellationToken: ct));
        }

        await using var migrationLock = await database.Dialect.LockMigrationsAsync(connection, ct);
        await connection.ExecuteAsync(database.Dialect.CreateHistoryTableIfMissing);

        var applied = (await connection.QueryAsync<AppliedScript>(SelectApplied))
            .ToDictionary(row => row.Name, row => row.Checksum, StringComparer.Ordinal);
        Verify(scripts, applied);

        var done = new List<string>();
        foreach (var script in scripts.Where(s => !applied.ContainsKey(s.Name)))
        {
            await using var transaction = await connection.BeginTransactionAsync(ct);
            foreach (var batch in database.Dialect.SplitBatches(script.Sql))
            {
                await connection.ExecuteAsync(new CommandDefinition(batch, transaction: transaction, cancellationToken: ct));
            }

            var appliedAt = InstantPattern.ExtendedIso.Format(clock.GetCurrentInstant());
            await connection.ExecuteAsync(new CommandDefinition(
                InsertApplied, new { script.Name, script.Checksum, AppliedAt = appliedAt }, transaction, cancellationToken: ct));
            await transaction.CommitAsync(ct);

            logger.LogInformation("Applied migration {Migration}", script.Name);
            done.Add(script.Name);
        }

        return done;
    }

    private static void Verify(IReadOnlyList<MigrationScript> scripts, IReadOnlyDictionary<string, string> applied)
    {
        var byName = scripts.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (name, checksum) in applied)
        {
            if (!byName.TryGetValue(name, out var script))
            {
                problems.Add($"{name} was applied but is no longer among the scripts");
            }
            else if (!string.Equals(script.Checksum, checksum, StringComparison.Ordinal))
            {
                problems.Add($"{name} changed after it was applied (checksum {checksum} → {script.Checksum})");
            }
        }

        if (problems.Count > 0)
        {
            throw new MigrationChecksumException(
                "Refusing to start: applied migration scripts were edited or removed. Add a new script instead. " +
                string.Join("; ", problems));
        }
    }

    private sealed class AppliedScript
    {
        public string Name { get; init; } = "";
        public string Checksum { get; init; } = "";
    }
}

/// <summary>Thrown when the database's applied scripts no longer match the scripts shipped with the product.</summary>
public sealed class MigrationChecksumException(string message) : Exception(message);
