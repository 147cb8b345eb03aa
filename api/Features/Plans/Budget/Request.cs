namespace EqualityTracker.Api.Features.Plans.Budget;

public sealed class Request
{
    /// <summary>The plan's code, e.g. QN-2011-2015.</summary>
    public string Code { get; init; } = "";
}
