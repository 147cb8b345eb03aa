namespace EqualityTracker.Api.Domain;

/// <summary>What may be entered for one code: a raw quantity or a directly entered indicator.</summary>
/// <remarks>
/// <c>Aggregation</c> is <c>sum</c> when values add up across areas (counts) and <c>none</c> otherwise (averages,
/// percentages). <c>MinValue</c>–<c>MaxValue</c> is the plausible range: values outside it are flagged, not rejected.
/// </remarks>
public sealed record Measure(
    string Code,
    string Kind,
    string UnitCode,
    IReadOnlyList<string> Sexes,
    string Aggregation,
    bool IntegerOnly,
    double? MinValue,
    double? MaxValue)
{
    public bool IsPercent => UnitCode == "percent";

    public bool IsYesNo => UnitCode == "yes_no";

    public bool IsCount => UnitCode == "count";

    public bool Adds => Aggregation == "sum";
}
