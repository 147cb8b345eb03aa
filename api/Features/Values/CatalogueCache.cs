using System.Data.Common;
using Dapper;
using EqualityTracker.Api.Data;

namespace EqualityTracker.Api.Features.Values;

/// <summary>The measures, formulas and area tree, kept per catalogue version: read again when it changes.</summary>
/// <remarks>
/// Plans are written in the product, and issuing one may add indicators and formulas. Every write that changes the
/// catalogue advances <c>data_version.catalogue_version</c> in its own transaction (<see cref="AdvanceAsync"/>), beside the
/// data version its commit advances; each call here reads that number (one primary-key read) and reloads when it moved,
/// so every API process on the database sees the new catalogue in its next request. Concurrent callers share one load.
/// </remarks>
public sealed class CatalogueCache(Database database)
{
    private const string VersionSql = "SELECT catalogue_version FROM data_version WHERE id = 1";
    private const string AdvanceSql = "UPDATE data_version SET catalogue_version = catalogue_version + 1 WHERE id = 1";

    private readonly Lock gate = new();
    private Held? held;

    public async Task<MeasureCatalogue> GetAsync()
    {
        long version;
        await using (var connection = await database.OpenAsync())
        {
            version = await connection.ExecuteScalarAsync<long>(VersionSql);
        }

        Held mine;
        lock (gate)
        {
            if (held is null || held.Version < version || held.Catalogue.IsFaulted || held.Catalogue.IsCanceled)
            {
                held = new Held(version, LoadAsync());
            }

            mine = held;
        }

        return await mine.Catalogue;
    }

    /// <summary>Marks the catalogue changed, inside the write's transaction (before its commit).</summary>
    public static Task AdvanceAsync(DbConnection connection, DbTransaction transaction) =>
        connection.ExecuteAsync(new CommandDefinition(AdvanceSql, transaction: transaction));

    private async Task<MeasureCatalogue> LoadAsync()
    {
        await using var connection = await database.OpenAsync();
        return await MeasureCatalogue.LoadAsync(connection);
    }

    private sealed record Held(long Version, Task<MeasureCatalogue> Catalogue);
}
