using FastEndpoints;

namespace EqualityTracker.Api.Features.Plans.Report;

public sealed class Request
{
    /// <summary>The plan's code.</summary>
    public string Code { get; init; } = "";

    /// <summary>The area (default: the plan's own area).</summary>
    [QueryParam]
    public string? Area { get; init; }

    /// <summary>true: approved values only (always, without signing in).</summary>
    [QueryParam]
    public bool ApprovedOnly { get; init; }
}
