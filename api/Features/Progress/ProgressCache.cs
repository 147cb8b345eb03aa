using System.Collections.Concurrent;
using EqualityTracker.Api.Data;

namespace EqualityTracker.Api.Features.Progress;

/// <summary>Progress answers kept until the data changes (see <see cref="DataVersion"/>).</summary>
public sealed class ProgressCache(DataVersion data)
{
    private const int MaxEntries = 1000;
    private readonly ConcurrentDictionary<string, (long Version, object Answer)> entries = new(StringComparer.Ordinal);

    /// <summary>The data version now (read from the database); it also makes the ETag of a cached answer.</summary>
    public Task<long> VersionAsync(CancellationToken ct) => data.CurrentAsync(ct);

    /// <summary>The cached answer for <paramref name="key"/> if the data has not changed since, else a fresh one.</summary>
    /// <remarks>A null answer (nothing found) is not kept.</remarks>
    public async Task<T?> GetOrComputeAsync<T>(string key, long version, Func<Task<T?>> compute)
        where T : class
    {
        if (entries.TryGetValue(key, out var hit) && hit.Version == version && hit.Answer is T answer)
        {
            return answer;
        }

        var fresh = await compute();
        if (fresh is null)
        {
            return null;
        }

        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }

        entries[key] = (version, fresh);
        return fresh;
    }
}
