namespace EqualityTracker.Api.Data;

/// <summary>A number that changes whenever stored values or their review states change.</summary>
/// <remarks>
/// Answers computed from values (progress) are cached under the version they were computed at; every write path bumps
/// it after committing, so the next request computes afresh and an upload or an approval shows at once. It lives in
/// memory: one API process per database. Running several would need the version kept in the database.
/// </remarks>
public sealed class DataVersion
{
    // Starts at a random number, so that a version (and the ETags made from it) from before a restart never matches.
    private long version = Random.Shared.NextInt64(1, long.MaxValue / 2);

    public long Current => Interlocked.Read(ref version);

    public void Bump() => Interlocked.Increment(ref version);
}
