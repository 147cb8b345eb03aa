namespace EqualityTracker.Api.Domain;

/// <summary>A numerator and, for ratios, a denominator: what sums across areas.</summary>
public readonly record struct Amounts(double Numerator, double? Denominator);

/// <summary>Whether a value was reported for the area itself or computed from the areas below it.</summary>
public enum Origin
{
    Reported,
    Computed,
}

/// <summary>An area's amounts, where they came from, and how many child areas contributed out of how many exist.</summary>
public sealed record RolledUp(Amounts Amounts, Origin Origin, int? Contributing, int? Children);

/// <summary>
/// Computes an area's amounts from its descendants when it has none of its own, by summing numerators and
/// denominators — never by averaging ratios or percentages.
/// </summary>
/// <remarks>
/// An area's own amounts always win over its children's. A child without its own amounts contributes what its
/// own children sum to, so the tree may have any depth. A child contributes only when it has a complete pair
/// (numerator and, for ratios, denominator); coverage counts the children that did. Quantities that do not add up
/// (averages, directly entered percentages) must not be given to this class: they have no roll-up.
/// </remarks>
public sealed class RollUp(Func<string, IReadOnlyList<string>> childrenOf, Func<string, Amounts?> ownAmounts)
{
    private readonly Dictionary<string, RolledUp?> memo = new(StringComparer.Ordinal);

    public RolledUp? For(string area)
    {
        if (memo.TryGetValue(area, out var known))
        {
            return known;
        }

        RolledUp? result;
        if (ownAmounts(area) is { } own)
        {
            result = new RolledUp(own, Origin.Reported, null, null);
        }
        else
        {
            var children = childrenOf(area);
            double numerator = 0, denominator = 0;
            var ratio = false;
            var contributing = 0;
            foreach (var child in children)
            {
                if (For(child) is not { } part)
                {
                    continue;
                }

                contributing++;
                numerator += part.Amounts.Numerator;
                if (part.Amounts.Denominator is { } d)
                {
                    ratio = true;
                    denominator += d;
                }
            }

            result = contributing == 0
                ? null
                : new RolledUp(new Amounts(numerator, ratio ? denominator : null), Origin.Computed, contributing, children.Count);
        }

        memo[area] = result;
        return result;
    }
}
