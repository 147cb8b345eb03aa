using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace EqualityTracker.Api.Domain;

/// <summary>An administrative unit in time: its id (<c>areas.code</c>), the official GSO code it bears, the unit above
/// it, and the half-open interval <c>[From, To)</c> it existed in (null: unknown start / still in force).</summary>
public sealed record AreaUnit(string Id, string Gso, string? Parent, int Level, LocalDate? From, LocalDate? To)
{
    public bool ValidOn(LocalDate date) => (From is null || From.Value <= date) && (To is null || date < To.Value);
}

/// <summary>One unit became (part of) another on <see cref="Effective"/>; <see cref="Share"/> is the predecessor's
/// share that went to it (1: whole; null: not known).</summary>
public sealed record Succession(string Predecessor, string Successor, LocalDate Effective, double? Share);

/// <summary>A predecessor whose counts stand for a unit's period before the unit existed, with the factor they are multiplied by.</summary>
public sealed record PredecessorPart(string Unit, double Share);

/// <summary>What a unit's period before it existed is read from: its predecessors (at the period's end), or why not.</summary>
/// <param name="Parts">The predecessors and their shares (empty when the unit has none).</param>
/// <param name="UnknownSplit">A predecessor split between several successors without a known share: nothing can be summed.</param>
public sealed record PredecessorSum(IReadOnlyList<PredecessorPart> Parts, string? UnknownSplit);

/// <summary>The map as a function of the date: units with validity, their parents and their successions. No I/O.</summary>
/// <remarks>
/// <para>A code is not a unit across time: new Ninh Bình keeps <c>37</c> but is the unit <c>37@2025-07-01</c>. An area is
/// addressed by its GSO code and a date (<see cref="Resolve"/>).</para>
/// <para>A unit's <b>lineage</b> is the unit and, transitively, its predecessors: a user of new Ninh Bình acts on old
/// Ninh Bình, Hà Nam and Nam Định and everything below them (<see cref="IsWithin"/>).</para>
/// </remarks>
public sealed class AreaMap
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;

    private readonly Dictionary<string, AreaUnit> units;
    private readonly ILookup<string, AreaUnit> byGso;
    private readonly ILookup<string, AreaUnit> byParent;
    private readonly ILookup<string, Succession> bySuccessor;
    private readonly ILookup<string, Succession> byPredecessor;

    public AreaMap(IEnumerable<AreaUnit> units, IEnumerable<Succession> successions)
    {
        this.units = units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        byGso = this.units.Values.OrderBy(u => u.From ?? LocalDate.MinIsoValue).ToLookup(u => u.Gso, StringComparer.Ordinal);
        byParent = this.units.Values.Where(u => u.Parent is not null).OrderBy(u => u.Gso, StringComparer.Ordinal).ThenBy(u => u.Id, StringComparer.Ordinal)
            .ToLookup(u => u.Parent!, StringComparer.Ordinal);
        var all = successions.ToList();
        bySuccessor = all.OrderBy(s => s.Predecessor, StringComparer.Ordinal).ToLookup(s => s.Successor, StringComparer.Ordinal);
        byPredecessor = all.OrderBy(s => s.Successor, StringComparer.Ordinal).ToLookup(s => s.Predecessor, StringComparer.Ordinal);
    }

    /// <summary>Reads an ISO date ('2025-07-01'); null for null.</summary>
    public static LocalDate? ParseDate(string? text) => text is null ? null : Iso.Parse(text).GetValueOrThrow();

    public static bool TryParseDate(string? text, out LocalDate date)
    {
        var result = text is null ? null : Iso.Parse(text);
        date = result is { Success: true } ? result.Value : default;
        return result is { Success: true };
    }

    public static string Format(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public IReadOnlyCollection<AreaUnit> Units => units.Values;

    /// <summary>The GSO code a unit id bears: the id up to its '@' ('37@2025-07-01' → '37'), by construction of the ids.</summary>
    public static string? GsoOf(string? id) => id is null ? null : id.Split('@')[0];

    public AreaUnit? Unit(string id) => units.GetValueOrDefault(id);

    /// <summary>The unit bearing <paramref name="gso"/> on <paramref name="date"/>, or null when none did.</summary>
    public AreaUnit? Resolve(string gso, LocalDate date) => byGso[gso].FirstOrDefault(u => u.ValidOn(date));

    /// <summary>The unit bearing the code on the date; without one, the last unit that bore it (an old district's code stays
    /// readable when no date is asked). Null for a code no unit ever bore.</summary>
    public AreaUnit? ResolveOrLatest(string gso, LocalDate date) => Resolve(gso, date) ?? byGso[gso].LastOrDefault();

    /// <summary>The date a unit is read at when no date is asked: <paramref name="today"/> if it is in force, else its last day.</summary>
    public static LocalDate DayOf(AreaUnit unit, LocalDate today) =>
        unit.ValidOn(today) ? today : unit.To is { } to && to <= today ? to.PlusDays(-1) : unit.From ?? today;

    /// <summary>The units directly below <paramref name="id"/> that existed on <paramref name="date"/>, by code.</summary>
    public IReadOnlyList<AreaUnit> Children(string id, LocalDate date) => [.. byParent[id].Where(u => u.ValidOn(date))];

    /// <summary>The units directly below <paramref name="id"/> at any time, by code.</summary>
    public IReadOnlyList<AreaUnit> AllChildren(string id) => [.. byParent[id]];

    /// <summary>The units of one level on a date (1: the provinces), by code.</summary>
    public IReadOnlyList<AreaUnit> Level(int level, LocalDate date) =>
        [.. units.Values.Where(u => u.Level == level && u.ValidOn(date)).OrderBy(u => u.Gso, StringComparer.Ordinal)];

    /// <summary>The map on a date: every unit in force, with its parent.</summary>
    public IReadOnlyDictionary<string, string?> Tree(LocalDate date) =>
        units.Values.Where(u => u.ValidOn(date)).ToDictionary(u => u.Id, u => u.Parent, StringComparer.Ordinal);

    public IReadOnlyList<Succession> Predecessors(string id) => [.. bySuccessor[id]];

    public IReadOnlyList<Succession> Successors(string id) => [.. byPredecessor[id]];

    /// <summary>The unit and its predecessors, transitively: the unit first, then the predecessors bearing its code (new
    /// Ninh Bình: old Ninh Bình 37), then the others, nearest first.</summary>
    public IReadOnlyList<string> Lineage(string id)
    {
        var seen = new List<string> { id };
        for (var i = 0; i < seen.Count; i++)
        {
            foreach (var s in bySuccessor[seen[i]])
            {
                if (!seen.Contains(s.Predecessor, StringComparer.Ordinal))
                {
                    seen.Add(s.Predecessor);
                }
            }
        }

        var gso = Unit(id)?.Gso;
        return [id, .. seen.Skip(1).OrderBy(p => Unit(p)?.Gso == gso ? 0 : 1)];
    }

    /// <summary>The unit of a home's lineage in force on <paramref name="date"/>: the home itself, else the predecessor bearing
    /// the home's code (new Ninh Bình in 2024 is old Ninh Bình 37), else the first predecessor then in force, else the home.</summary>
    public string AsOf(string home, LocalDate date)
    {
        if (Unit(home) is not { } unit || unit.ValidOn(date))
        {
            return home;
        }

        var then = Lineage(home).Select(Unit).OfType<AreaUnit>().Where(u => u.ValidOn(date)).ToList();
        return (then.FirstOrDefault(u => u.Gso == unit.Gso) ?? then.FirstOrDefault())?.Id ?? home;
    }

    /// <summary>True when <paramref name="area"/> is <paramref name="home"/> or one of its predecessors (the same body, before the change).</summary>
    public bool SameLineage(string? area, string? home) =>
        area is not null && home is not null && (area == home || Lineage(home).Contains(area, StringComparer.Ordinal));

    /// <summary>The unit and the units above it, nearest first (the parent chain of one unit).</summary>
    public IReadOnlyList<string> AreaAndAncestors(string id)
    {
        var chain = new List<string>();
        for (string? a = id; a is not null && chain.Count <= units.Count; a = units.GetValueOrDefault(a)?.Parent)
        {
            chain.Add(a);
        }

        return chain;
    }

    /// <summary>True when <paramref name="area"/> is <paramref name="home"/>, lies below it, or lies within one of its
    /// predecessors' subtrees (a user of new Ninh Bình acts on old 37, 35 and 36 and below).</summary>
    public bool IsWithin(string area, string home)
    {
        var lineage = Lineage(home);
        return AreaAndAncestors(area).Any(a => lineage.Contains(a, StringComparer.Ordinal));
    }

    /// <summary>Where a unit's period starting on <paramref name="periodStart"/> is read from when the period began before the
    /// unit existed: its predecessors in force on that day (a predecessor not yet in force stands for its own
    /// predecessors), each with the share that went to this unit. Null when the unit existed then (no predecessors needed).</summary>
    public PredecessorSum? PredecessorsFor(string id, LocalDate periodStart)
    {
        if (Unit(id) is not { From: { } from } || periodStart >= from)
        {
            return null;
        }

        var parts = new List<PredecessorPart>();
        string? unknown = null;
        void Walk(string unit, double share, int depth)
        {
            foreach (var s in bySuccessor[unit])
            {
                double? factor = s.Share;
                if (factor is null)
                {
                    if (byPredecessor[s.Predecessor].Count() > 1)
                    {
                        unknown ??= s.Predecessor;
                        continue;
                    }

                    factor = 1;
                }

                if (units.GetValueOrDefault(s.Predecessor) is not { } p)
                {
                    continue;
                }

                if (p.ValidOn(periodStart))
                {
                    parts.Add(new PredecessorPart(p.Id, share * factor.Value));
                }
                else if (depth < 16 && (p.From is null || periodStart < p.From.Value))
                {
                    Walk(p.Id, share * factor.Value, depth + 1);
                }
            }
        }

        Walk(id, 1, 0);
        return new PredecessorSum(parts, unknown);
    }
}

/// <summary>A unit's period before it existed cannot be read: a predecessor was split without a known share.</summary>
public sealed class UnknownSplitException(string predecessor, string predecessorCode)
    : InvalidOperationException($"Predecessor {predecessor} was split without a known share.")
{
    public string Predecessor { get; } = predecessor;

    public string PredecessorCode { get; } = predecessorCode;

    public string Vi => $"Đơn vị tiền thân {PredecessorCode} ({Predecessor}) đã được chia cho nhiều đơn vị mà không rõ tỷ lệ: không cộng được số liệu của nó cho kỳ trước khi đơn vị này ra đời.";

    public string En => $"Predecessor {PredecessorCode} ({Predecessor}) was split between several units without a known share: its counts cannot be summed for periods before this unit existed.";
}
