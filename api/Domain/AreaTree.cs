namespace EqualityTracker.Api.Domain;

/// <summary>The administrative tree as a map from each area to the one above it: the one walk up the tree.</summary>
/// <remarks>The country (<c>VN</c>) has no parent; provinces hang under it, districts under provinces, communes under districts.</remarks>
public sealed class AreaTree(IReadOnlyDictionary<string, string?> parents)
{
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

    /// <summary>True when <paramref name="area"/> is <paramref name="home"/> or lies below it.</summary>
    public bool IsWithin(string area, string home) => AreaAndAncestors(area).Contains(home, StringComparer.Ordinal);
}
