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

    /// <summary>The version now.</summary>
    public async Task<long> CurrentAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(CurrentSql, cancellationToken: ct));
    }

    /// <summary>Advances the version inside the write's transaction.</summary>
    internal static Task AdvanceAsync(DbConnection connection, DbTransaction transaction) =>
        connection.ExecuteAsync(new CommandDefinition(AdvanceSql, transaction: transaction));
}
