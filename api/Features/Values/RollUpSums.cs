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
/// between <c>u</c> and <c>v</c> — an upload of 100 communes recomputes about 100 districts, not 683 — and every other
/// parent's sums are kept. So the result is, parent by parent, what the whole statement would give now: every
/// parent's sums include every write up to <c>v</c>. When a write did not say what it changed (a submission, an
/// approval, a reopening), or the log no longer reaches back to <c>u</c>, everything is recomputed.</para>
/// <para>Kept per indicator and per reading (approved values only, or all); one update at a time.</para>
/// </remarks>
public sealed class RollUpSums
{
    private const int MaxAreaParameters = 1000;

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
                var changed = group.Key is { } kept && kept < version ? await DataVersion.ChangedAreasAsync(connection, kept, version, ct) : null;
                IReadOnlyList<IndicatorRollUps.AmountsRow> fresh;
                HashSet<string>? parents = null;
                if (group.Key is { } at && at >= version)
                {
                    fresh = [];
                    parents = [];
                }
                else if (changed is not null && Parents(catalogue, changed) is { } touched)
                {
                    parents = touched;
                    // Whole parents per statement: a parent's children are never split, so each sum is whole.
                    var rows = new List<IndicatorRollUps.AmountsRow>();
                    var chunk = new List<string>();
                    foreach (var parent in parents)
                    {
                        var children = catalogue.AreaChildren[parent].ToList();
                        if (chunk.Count > 0 && chunk.Count + children.Count > MaxAreaParameters)
                        {
                            rows.AddRange(await IndicatorRollUps.SumsAsync(connection, codes, formulas, approvedOnly, chunk, ct));
                            chunk = [];
                        }

                        chunk.AddRange(children);
                    }

                    if (chunk.Count > 0)
                    {
                        rows.AddRange(await IndicatorRollUps.SumsAsync(connection, codes, formulas, approvedOnly, chunk, ct));
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
                    var sums = parents is not null && states.TryGetValue((code, approvedOnly), out var old)
                        ? old.Sums.Where(r => !parents.Contains(r.AreaCode)).Concat(mine).ToList()
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

    /// <summary>The parents whose children changed, or null when their children are so many (over a quarter of all
    /// areas) that one statement over everything costs less than statements over lists of them.</summary>
    private static HashSet<string>? Parents(MeasureCatalogue catalogue, IReadOnlyCollection<string> changed)
    {
        var parents = changed.Select(a => catalogue.AreaParents.GetValueOrDefault(a)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return parents.Sum(p => catalogue.AreaChildren[p].Count()) > catalogue.AreaParents.Count / 4 ? null : parents;
    }

    private sealed record State(long Version, IReadOnlyList<IndicatorRollUps.AmountsRow> Sums);
}
