using System.Data.Common;
using Dapper;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Features.Values;

/// <summary>The national roll-up's costly part — every parent area's sum of its children's amounts, per indicator —
/// kept by this process and brought from one data version to the next by recomputing only the parents whose children
/// changed.</summary>
/// <remarks>
/// <para>At <c>VN</c> the children's sums read every commune's values (≈ 3 million at national scale): seconds. Each
/// write records what it changed (<c>data_changes</c>, by area and period, in the write's own transaction; see
/// <see cref="WriteChanges"/>). Asked for version <c>v</c>, the sums kept at version <c>u &lt; v</c> are updated with
/// the same <c>GROUP BY parent, period</c> statement restricted to the children of the parents whose children changed
/// between <c>u</c> and <c>v</c>, in the periods they changed in — an upload of 100 communes' 2024 counts recomputes
/// about 100 districts' 2024 sums, not 683 districts' ten years — and every other sum is kept. So the result is, parent
/// by parent, what the whole statement would give now: every parent's sums include every write up to <c>v</c>. Value
/// writes, uploads, submissions, reviews and reopenings say which areas and periods they changed; implementation
/// reports change no value. When a write did not say (the demonstration data), or the log no longer reaches back to
/// <c>u</c>, everything is recomputed.</para>
/// <para>Kept per indicator and per reading (approved values only, or all); one update at a time.</para>
/// </remarks>
public sealed class RollUpSums
{
    private const int MaxAreaParameters = 1000;
    private const int MaxPeriodParameters = 500;

    private readonly Dictionary<(string Indicator, bool ApprovedOnly), State> states = [];
    private readonly SemaphoreSlim gate = new(1, 1);
    private long full;
    private long partial;

    /// <summary>How many times sums were computed whole, and how many times brought up to date by parts (for tests and logs).</summary>
    public (long Full, long Partial) Updates => (Interlocked.Read(ref full), Interlocked.Read(ref partial));

    /// <summary>Every parent's children's sums for the indicators (all rolling formulas, or all rolling direct ones),
    /// at <paramref name="version"/> or newer.</summary>
    internal async Task<IReadOnlyList<IndicatorRollUps.AmountsRow>> ForCountryAsync(
        DbConnection connection, MeasureCatalogue catalogue, IReadOnlyList<string> indicators, bool formulas, bool approvedOnly, long version, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            var result = new List<IndicatorRollUps.AmountsRow>();
            foreach (var group in indicators.GroupBy(i => states.TryGetValue((i, approvedOnly), out var s) ? s.Version : (long?)null))
            {
                var codes = group.ToList();
                var changed = group.Key is { } kept && kept < version ? await DataVersion.ChangedKeysAsync(connection, kept, version, ct) : null;
                IReadOnlyList<IndicatorRollUps.AmountsRow> fresh;
                Touched? touched = null;
                if (group.Key is { } at && at >= version)
                {
                    fresh = [];
                    touched = Touched.None;
                }
                else if (changed is not null && Touch(catalogue, changed, codes.Select(c => states[(c, approvedOnly)]).ToList()) is { } parts)
                {
                    touched = parts;
                    // Whole parents per statement: a parent's children are never split, so each sum is whole.
                    var rows = new List<IndicatorRollUps.AmountsRow>();
                    var chunk = new List<string>();
                    foreach (var parent in parts.Parents)
                    {
                        var children = catalogue.AreaChildren[parent].ToList();
                        if (chunk.Count > 0 && chunk.Count + children.Count > MaxAreaParameters)
                        {
                            rows.AddRange(await IndicatorRollUps.SumsAsync(connection, codes, formulas, approvedOnly, chunk, ct, parts.Periods));
                            chunk = [];
                        }

                        chunk.AddRange(children);
                    }

                    if (chunk.Count > 0)
                    {
                        rows.AddRange(await IndicatorRollUps.SumsAsync(connection, codes, formulas, approvedOnly, chunk, ct, parts.Periods));
                    }

                    fresh = rows;
                    Interlocked.Increment(ref partial);
                }
                else
                {
                    fresh = await IndicatorRollUps.SumsAsync(connection, codes, formulas, approvedOnly, null, ct);
                    Interlocked.Increment(ref full);
                }

                foreach (var code in codes)
                {
                    var mine = fresh.Where(r => r.Indicator == code);
                    var sums = touched is not null && states.TryGetValue((code, approvedOnly), out var old)
                        ? old.Sums.Where(r => !touched.Covers(r)).Concat(mine).ToList()
                        : mine.ToList();
                    var state = new State(Math.Max(version, group.Key ?? 0), sums);
                    states[(code, approvedOnly)] = state;
                    result.AddRange(state.Sums);
                }
            }

            return result;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The parents whose children changed and the periods they changed in — every (parent, period) of the two
    /// is recomputed, a superset of what changed, so each kept sum is what the whole statement would give — or null when
    /// recomputing them would read more than a quarter of what one statement over everything reads (or the periods are
    /// too many for one statement's parameters).</summary>
    /// <remarks>An upload of one year's counts for 100 communes recomputes about 100 districts' sums for that year, not
    /// their ten years, and not the 683 districts: the cost follows what changed, even when several uploads' changes
    /// have piled up since this process last brought its sums up to date.</remarks>
    private static Touched? Touch(MeasureCatalogue catalogue, IReadOnlyCollection<(string Area, string Period)> changed, IReadOnlyList<State> kept)
    {
        var parents = changed.Select(c => catalogue.AreaParents.GetValueOrDefault(c.Area)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var periods = changed.Select(c => c.Period).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var keptPeriods = Math.Max(1, kept.SelectMany(s => s.Sums.Select(r => r.Period)).Distinct(StringComparer.Ordinal).Count());
        long children = parents.Sum(p => catalogue.AreaChildren[p].Count());
        var cheaper = children * periods.Count * 4 <= (long)catalogue.AreaParents.Count * keptPeriods;
        return cheaper && periods.Count <= MaxPeriodParameters ? new Touched(parents, periods) : null;
    }

    /// <summary>The parents and periods whose sums an update by parts recomputes.</summary>
    private sealed record Touched(IReadOnlySet<string> Parents, IReadOnlyList<string> Periods)
    {
        public static Touched None { get; } = new(new HashSet<string>(), []);

        private readonly HashSet<string> periodSet = [.. Periods];

        public bool Covers(IndicatorRollUps.AmountsRow sum) => Parents.Contains(sum.AreaCode) && periodSet.Contains(sum.Period);
    }

    private sealed record State(long Version, IReadOnlyList<IndicatorRollUps.AmountsRow> Sums);
}
