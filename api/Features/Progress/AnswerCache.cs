using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Features.Values;

namespace EqualityTracker.Api.Features.Progress;

/// <summary>The leaders' answers (plan progress at any area, indicator progress, ranking, the annual report), kept per
/// data version and computed once per key at a time.</summary>
/// <remarks>
/// <para>An answer is kept under the <see cref="DataVersion"/> it was computed at. A request reads the version (one
/// primary-key read), and gets the kept answer when it is of that version or newer; otherwise it starts the computation.
/// Requests that miss while a computation of their key runs <b>wait for that same task</b> (single flight): after a
/// write, twenty clients asking for the national dashboard cost one computation, not twenty.</para>
/// <para>The computation belongs to no request: it runs on its own cancellation token (the application stopping), so a
/// client that goes away stops waiting without cancelling it for the others. A computation that fails, or answers
/// nothing (an unknown plan), is dropped from the cache as it ends, so the next request computes afresh: a failure never
/// poisons the key. No stale answer is served: a request made after a write always waits for an answer that includes it.</para>
/// <para>Every computation counts on the metric <c>eqt.answers.computations</c> (meter <see cref="MeterName"/>, tag
/// <c>kind</c>) and is logged with its key, version and time. Memory is bounded: past <see cref="MaxEntries"/> keys the
/// answers of older versions go first, then all.</para>
/// </remarks>
public sealed class AnswerCache
{
    public const string MeterName = "EqualityTracker.Answers";
    public const string ComputationsInstrument = "eqt.answers.computations";
    public const int MaxEntries = 1000;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly DataVersion data;
    private readonly ILogger<AnswerCache> logger;
    private readonly CancellationToken stopping;
    private readonly Counter<long> computations;

    private readonly RollUpSums sums;
    private readonly Database database;
    private readonly Counter<long> replicaReads;

    public AnswerCache(Database database, DataVersion data, RollUpSums sums, IMeterFactory meters, IHostApplicationLifetime lifetime, ILogger<AnswerCache> logger)
    {
        this.database = database;
        this.data = data;
        this.sums = sums;
        this.logger = logger;
        stopping = lifetime.ApplicationStopping;
        var meter = meters.Create(MeterName);
        computations = meter.CreateCounter<long>(ComputationsInstrument, description: "Leaders' answers computed (cache misses that ran a computation).");
        replicaReads = meter.CreateCounter<long>(ReplicaReadsInstrument, description: "Answers' computations by where they read: tag source = replica, or primary when the replica lagged.");
    }

    public const string ReplicaReadsInstrument = "eqt.answers.replica_reads";

    /// <summary>A connection for computing an answer of data version <paramref name="version"/>: the read-only replica
    /// when one is configured and has caught up with that version, else the primary. The caller disposes it.</summary>
    /// <remarks>A secondary lags its primary. The request read <paramref name="version"/> on the primary; the replica's
    /// own version is read first on the replica, and the replica is used only when it is that version or newer, so an
    /// answer never holds less than the version it is kept under (it may hold more, which the next version's
    /// computation includes anyway). A lagging replica costs the primary one computation, never a stale answer.</remarks>
    public async Task<System.Data.Common.DbConnection> OpenAsync(long version, CancellationToken ct)
    {
        if (!database.HasReadOnlyReplica)
        {
            return await database.OpenAsync(ct);
        }

        var replica = await database.OpenReadOnlyAsync(ct);
        try
        {
            if (await DataVersion.CurrentAsync(replica, ct) >= version)
            {
                replicaReads.Add(1, new KeyValuePair<string, object?>("source", "replica"));
                return replica;
            }
        }
        catch
        {
            await replica.DisposeAsync(); // a replica that fails the version read is not handed out, nor kept open
            throw;
        }

        await replica.DisposeAsync();
        replicaReads.Add(1, new KeyValuePair<string, object?>("source", "primary"));
        logger.LogDebug("The read-only replica is behind data version {Version}; computing on the primary", version);
        return await database.OpenAsync(ct);
    }

    /// <summary>The data version now (read from the database); it also makes the ETag of a cached answer.</summary>
    public Task<long> VersionAsync(CancellationToken ct) => data.CurrentAsync(ct);

    /// <summary>The national children's sums this process keeps, for a computation at <paramref name="version"/>.</summary>
    public CountrySums Country(long version) => new(sums, version);

    /// <summary>The answer for <paramref name="key"/> at <paramref name="version"/> or newer: kept, being computed, or computed now.</summary>
    /// <param name="key">What the answer depends on besides the data, as text; its part before the first <c>|</c> is its kind.</param>
    /// <param name="version">The data version the caller read before asking.</param>
    /// <param name="compute">Computes the answer (null: nothing to answer, not kept). Must not touch the request: it may outlive it.</param>
    /// <param name="ct">The caller's cancellation: ends the caller's wait, never the computation.</param>
    public async Task<T?> GetOrComputeAsync<T>(string key, long version, Func<CancellationToken, Task<T?>> compute, CancellationToken ct)
        where T : class
    {
        Entry? mine = null;
        while (true)
        {
            if (entries.TryGetValue(key, out var current) && current.Version >= version)
            {
                return (T?)await current.Answer.Value.WaitAsync(ct);
            }

            mine ??= Entry.For(version, entry => RunAsync(key, entry, compute));
            if (current is null ? TryAdd(key, mine, version) : entries.TryUpdate(key, mine, current))
            {
                return (T?)await mine.Answer.Value.WaitAsync(ct);
            }
        }
    }

    /// <summary><see cref="GetOrComputeAsync{T}"/> of an answer kept serialized: a hit writes bytes, with no serialization per request.</summary>
    public Task<byte[]?> GetOrComputeJsonAsync<T>(string key, long version, Func<CancellationToken, Task<T?>> compute, CancellationToken ct)
        where T : class =>
        GetOrComputeAsync(key, version, async token => await compute(token) is { } answer ? JsonSerializer.SerializeToUtf8Bytes(answer, ApiJson.Options) : null, ct);

    private bool TryAdd(string key, Entry entry, long version)
    {
        if (entries.Count >= MaxEntries)
        {
            foreach (var stale in entries.Where(e => e.Value.Version < version))
            {
                entries.TryRemove(stale);
            }

            if (entries.Count >= MaxEntries)
            {
                entries.Clear();
            }
        }

        return entries.TryAdd(key, entry);
    }

    private async Task<object?> RunAsync<T>(string key, Entry entry, Func<CancellationToken, Task<T?>> compute)
        where T : class
    {
        var version = entry.Version;
        var kind = key.Split('|')[0];
        computations.Add(1, new KeyValuePair<string, object?>("kind", kind));
        var watch = Stopwatch.StartNew();
        try
        {
            // Off the caller's execution context: the computation is nobody's request.
            var answer = await Task.Run(() => compute(stopping), stopping);
            logger.LogDebug("Computed {Key} at data version {Version} in {Milliseconds:F0} ms", key, version, watch.Elapsed.TotalMilliseconds);
            if (answer is null)
            {
                Forget(key, entry);
            }

            return answer;
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Computing {Key} at data version {Version} failed after {Milliseconds:F0} ms; the next request computes it again",
                key, version, watch.Elapsed.TotalMilliseconds);
            Forget(key, entry);
            throw;
        }
    }

    /// <summary>Drops the key's entry if it is still the one of this computation.</summary>
    private void Forget(string key, Entry entry) => entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));

    /// <summary>One computation of one key: the version it started at, and its answer, started once by whoever asks first.</summary>
    private sealed class Entry
    {
        private Entry(long version) => Version = version;

        public long Version { get; }

        public Lazy<Task<object?>> Answer { get; private set; } = null!;

        public static Entry For(long version, Func<Entry, Task<object?>> run)
        {
            var entry = new Entry(version);
            entry.Answer = new Lazy<Task<object?>>(() => run(entry), LazyThreadSafetyMode.ExecutionAndPublication);
            return entry;
        }
    }
}
