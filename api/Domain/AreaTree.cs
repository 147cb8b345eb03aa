namespace EqualityTracker.Api.Domain;

/// <summary>The administrative tree as a map from each area to the one above it: the one walk up the tree.</summary>
/// <remarks><para>The country (<c>VN</c>) has no parent; provinces hang under it, districts under provinces, communes under districts.</para>
/// <para>With a lineage (the unit and its predecessors, see <see cref="AreaMap.Lineage"/>), a home covers its
/// predecessors' subtrees too: a user of new Ninh Bình acts on old Ninh Bình, Hà Nam and Nam Định.</para></remarks>
public sealed class AreaTree(IReadOnlyDictionary<string, string?> parents, Func<string, IReadOnlyList<string>>? lineage = null)
{
    private readonly Lazy<ILookup<string, string>> children = new(() =>
        parents.Where(p => p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal).ToLookup(p => p.Value!, p => p.Key));

    /// <summary>The area and the areas above it, nearest first (empty for an unknown area's parents: just the area).</summary>
    public IReadOnlyList<string> AreaAndAncestors(string area)
    {
        var areas = new List<string>();
        for (string? a = area; a is not null && areas.Count <= parents.Count; a = parents.GetValueOrDefault(a))
        {
            areas.Add(a);
        }

        return areas;
    }

    /// <summary>True when <paramref name="area"/> is <paramref name="home"/> or lies below it (or below one of its predecessors).</summary>
    public bool IsWithin(string area, string home)
    {
        var homes = Lineage(home);
        return AreaAndAncestors(area).Any(a => homes.Contains(a, StringComparer.Ordinal));
    }

    /// <summary>The home and its predecessors (nearest first), then the areas above each of them: the plans a home's users
    /// work under and whose targets it is held to (new Ninh Bình: its own, old Ninh Bình's, then the national ones).</summary>
    public IReadOnlyList<string> LineageAndAncestors(string home)
    {
        var lineage = Lineage(home);
        return [.. lineage.Concat(lineage.SelectMany(a => AreaAndAncestors(a).Skip(1))).Distinct(StringComparer.Ordinal)];
    }

    private IReadOnlyList<string> Lineage(string home) => lineage is null ? [home] : lineage(home);

    /// <summary>The areas directly below <paramref name="area"/>, by code.</summary>
    public IReadOnlyList<string> Children(string area) => [.. children.Value[area]];

    /// <summary>The lowest areas below <paramref name="area"/> (its communes and wards), by code; none for a commune itself.</summary>
    public IReadOnlyList<string> Communes(string area)
    {
        var communes = new List<string>();
        var below = new Stack<string>(Children(area).Reverse());
        while (below.TryPop(out var next))
        {
            var under = children.Value[next].ToList();
            if (under.Count == 0)
            {
                communes.Add(next);
            }

            for (var i = under.Count - 1; i >= 0; i--)
            {
                below.Push(under[i]);
            }
        }

        return communes;
    }
}
