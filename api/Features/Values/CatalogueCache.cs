using EqualityTracker.Api.Data;

namespace EqualityTracker.Api.Features.Values;

/// <summary>The measures, formulas and area tree, read once per process: only a migration changes them.</summary>
public sealed class CatalogueCache(Database database)
{
    private readonly Lazy<Task<MeasureCatalogue>> catalogue = new(async () =>
    {
        await using var connection = await database.OpenAsync();
        return await MeasureCatalogue.LoadAsync(connection);
    });

    public Task<MeasureCatalogue> GetAsync() => catalogue.Value;
}
