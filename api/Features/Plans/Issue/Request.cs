namespace EqualityTracker.Api.Features.Plans.Issue;

public sealed class Request
{
    /// <summary>The plan's code.</summary>
    public string Code { get; init; } = "";

    /// <summary>The issuing decision's number, e.g. 123/KH-UBND (an amendment: defaults to the number it was opened under).</summary>
    public string? DecisionNumber { get; init; }

    /// <summary>The decision's date (ISO, yyyy-mm-dd; not after today in Viet Nam).</summary>
    public string? DecisionDate { get; init; }
}
