using EqualityTracker.Api.Data;

namespace EqualityTracker.Api.Features.Values;

/// <summary>The measures, formulas and area map, read once per process: only a migration changes them, and a loaded
/// list of successions (<see cref="Invalidate"/>).</summary>
public sealed class CatalogueCache(Database database)
{
    private Lazy<Task<MeasureCatalogue>> catalogue = Load(database);

    public Task<MeasureCatalogue> GetAsync() => Volatile.Read(ref catalogue).Value;

    /// <summary>Reads the catalogue again on next use (after a change of the area map).</summary>
    public void Invalidate() => Volatile.Write(ref catalogue, Load(database));

    private static Lazy<Task<MeasureCatalogue>> Load(Database database) => new(async () =>
    {
        await using var connection = await database.OpenAsync();
        return await MeasureCatalogue.LoadAsync(connection);
    });
}
