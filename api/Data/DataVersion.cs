using System.Data.Common;
using Dapper;

namespace EqualityTracker.Api.Data;

/// <summary>A number that changes whenever stored values or their review states change, kept in the database.</summary>
/// <remarks>
/// Answers computed from values (progress) are cached under the version they were computed at. Every write advances it
/// inside its own transaction (<see cref="WriteScope.CommitAsync"/>), so the version and the data change together, and
/// every API process on the database reads it per request (one primary-key read): a write through one process shows
/// in the next read through any other.
/// </remarks>
public sealed class DataVersion(Database database)
{
    private const string CurrentSql = "SELECT version FROM data_version WHERE id = 1";
    private const string AdvanceSql = "UPDATE data_version SET version = version + 1 WHERE id = 1";

    /// <summary>The version now (on the primary).</summary>
    public async Task<long> CurrentAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await CurrentAsync(connection, ct);
    }

    /// <summary>The version as <paramref name="connection"/> sees it (a read-only replica may be behind).</summary>
    public static Task<long> CurrentAsync(DbConnection connection, CancellationToken ct) =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition(CurrentSql, cancellationToken: ct));

    private const string ChangedKeySql = "INSERT INTO data_changes (version, area_code, period) SELECT version, @Area, @Period FROM data_version WHERE id = 1";

    private const string ChangedEverythingSql = "INSERT INTO data_changes (version, area_code, period) SELECT version, NULL, NULL FROM data_version WHERE id = 1";

    // A write that changed no value still marks its version, so that the log has no gap.
    private const string ChangedNothingSql = "INSERT INTO data_changes (version, area_code, period) SELECT version, NULL, '' FROM data_version WHERE id = 1";

    private const string PruneChangesSql = "DELETE FROM data_changes WHERE version < (SELECT version FROM data_version WHERE id = 1) - @Kept";

    /// <summary>How many versions of <c>data_changes</c> are kept; a process further behind recomputes everything.</summary>
    public const int KeptVersions = 1000;

    private const string ChangesSql = """
        SELECT version AS Version, area_code AS AreaCode, period AS Period
        FROM data_changes
        WHERE version > @After AND version <= @Upto
        """;

    /// <summary>What the writes after version <paramref name="after"/> up to <paramref name="upto"/> changed: the changed
    /// (area, period) keys, or null when one of them changed everything or some version is missing (pruned, or older
    /// than the log).</summary>
    public static async Task<IReadOnlyCollection<(string Area, string Period)>?> ChangedKeysAsync(DbConnection connection, long after, long upto, CancellationToken ct)
    {
        var rows = (await connection.QueryAsync<ChangeRow>(new CommandDefinition(ChangesSql, new { After = after, Upto = upto }, cancellationToken: ct))).AsList();
        if (rows.Any(r => r.AreaCode is null && r.Period is null) || rows.Select(r => r.Version).Distinct().Count() != upto - after)
        {
            return null;
        }

        return rows.Where(r => r.AreaCode is not null && r.Period is not null).Select(r => (r.AreaCode!, r.Period!)).ToHashSet();
    }

    /// <summary>Advances the version inside the write's transaction, then records what the write changed under it.</summary>
    internal static async Task AdvanceAsync(DbConnection connection, DbTransaction transaction, WriteChanges changes)
    {
        await connection.ExecuteAsync(new CommandDefinition(AdvanceSql, transaction: transaction));
        if (changes.Everything)
        {
            await connection.ExecuteAsync(new CommandDefinition(ChangedEverythingSql, transaction: transaction));
        }
        else if (changes.Keys.Count == 0 && changes.Statements.Count == 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(ChangedNothingSql, transaction: transaction));
        }
        else
        {
            foreach (var (area, period) in changes.Keys)
            {
                await connection.ExecuteAsync(new CommandDefinition(ChangedKeySql, new { Area = area, Period = period }, transaction));
            }

            foreach (var record in changes.Statements)
            {
                await connection.ExecuteAsync(record(transaction));
            }
        }

        await connection.ExecuteAsync(new CommandDefinition(PruneChangesSql, new { Kept = KeptVersions }, transaction));
    }

    private sealed class ChangeRow
    {
        public long Version { get; init; }
        public string? AreaCode { get; init; }
        public string? Period { get; init; }
    }
}

/// <summary>What one write says it changed (<see cref="WriteScope.Changes"/>); by default, everything.</summary>
/// <remarks>Only what a write states precisely lets the national roll-up sums be brought up to date by parts; a write
/// that says nothing is recorded as having changed everything, which is always correct.</remarks>
public sealed class WriteChanges
{
    private readonly List<(string Area, string Period)> keys = [];
    private readonly List<Func<DbTransaction, CommandDefinition>> statements = [];
    private bool stated;

    public bool Everything => !stated;

    public IReadOnlyList<(string Area, string Period)> Keys => keys;

    public IReadOnlyList<Func<DbTransaction, CommandDefinition>> Statements => statements;

    public void Key(string area, string period)
    {
        stated = true;
        keys.Add((area, period));
    }

    /// <summary>A statement that inserts the changed (area, period) rows into <c>data_changes</c> itself, under the new version.</summary>
    public void Statement(Func<DbTransaction, CommandDefinition> record)
    {
        stated = true;
        statements.Add(record);
    }

    /// <summary>The write changed no value (an upload's record of a rejected file).</summary>
    public void Nothing() => stated = true;
}
