namespace EqualityTracker.Api.Domain;

/// <summary>Which of the targets set on an indicator an area is held to.</summary>
/// <remarks>
/// Targets come from the plans of the area and of every area above it (a district is held to its province's plan,
/// a province to the national strategy where it has none of its own). The governing target is the nearest area's latest
/// one (a unit's predecessors count as nearer than the areas above it: the new Ninh Bình is held to old Ninh Bình's plan
/// until it has its own); the one worth projecting to is the nearest area's first target still ahead of the latest data — once a
/// province's own goal year has passed, the national goal beyond it — else the governing one.
/// </remarks>
public static class GoverningTargets
{
    /// <summary>The target <paramref name="area"/> is held to: its own plan's latest, else the nearest area above it; null when none applies.</summary>
    public static T? Governing<T>(IReadOnlyList<T> targets, AreaTree tree, string area, Func<T, string> planArea, Func<T, int> year)
        where T : class =>
        tree.LineageAndAncestors(area)
            .Select(a => targets.Where(t => planArea(t) == a).OrderByDescending(year).FirstOrDefault())
            .FirstOrDefault(t => t is not null);

    /// <summary>The target to project to: the nearest area's first target after <paramref name="latestYear"/>, else the governing one.</summary>
    public static T? Ahead<T>(IReadOnlyList<T> targets, AreaTree tree, string area, int? latestYear, Func<T, string> planArea, Func<T, int> year)
        where T : class =>
        tree.LineageAndAncestors(area)
            .Select(a => targets.Where(t => planArea(t) == a && (latestYear is null || year(t) > latestYear)).OrderBy(year).FirstOrDefault())
            .FirstOrDefault(t => t is not null)
        ?? Governing(targets, tree, area, planArea, year);
}

/// <summary>How the areas below one are ranked on a target: furthest from it first.</summary>
/// <remarks>
/// The gap is how far an area's value falls short of the goal in the goal's own direction (a "≤ 111" sex ratio of 115
/// is 4 short; one of 109 is 0, met); areas without a value come last; ties go by area code, so the order is stable.
/// </remarks>
public static class Ranking
{
    /// <summary>The shortfall of <paramref name="value"/> against the goal (0 when met), or null without a value or a goal.</summary>
    public static double? Gap(double? value, string? comparator, double? goal) =>
        value is { } v && comparator is not null && goal is { } g ? Math.Max(0, Progress.LowerIsBetter(comparator) ? v - g : g - v) : null;

    /// <summary>The items furthest from the goal first, those without a gap last, then by code.</summary>
    public static IReadOnlyList<T> Order<T>(IEnumerable<T> items, Func<T, double?> gap, Func<T, string> code) =>
        [.. items.OrderBy(i => gap(i) is null).ThenByDescending(gap).ThenBy(code, StringComparer.Ordinal)];
}
