namespace EqualityTracker.Api.Domain;

/// <summary>What an indicator's unit means for its progress.</summary>
public static class ProgressUnits
{
    /// <summary>How the engine treats an indicator of this unit: <c>yes_no</c> and <c>count</c> targets are met or not; every other is projected.</summary>
    public static string Kind(string unit) => unit is "yes_no" or "count" ? unit : "number";

    /// <summary>A sex ratio at birth outside 100–130 is implausible, whatever plan sets it.</summary>
    public static bool IsSexRatio(string unit) => unit == "boys_per_100_girls";
}
