namespace EqualityTracker.Api.Domain;

/// <summary>Where a plan stands: a draft never issued, or issued (readers see its issued version, even while an
/// amendment is being written).</summary>
public static class PlanStatuses
{
    public const string Draft = "draft";
    public const string Issued = "issued";

    public static IReadOnlyList<string> All { get; } = [Draft, Issued];
}

/// <summary>How a plan is related to the plan whose cascade lists it.</summary>
public static class PlanRelations
{
    /// <summary>It names the plan as the one it implements.</summary>
    public const string Implements = "implements";

    /// <summary>It was issued by an area below the plan's area, for an overlapping period, without naming it.</summary>
    public const string Below = "below";

    public static IReadOnlyList<string> All { get; } = [Implements, Below];
}
