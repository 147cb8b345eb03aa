using FastEndpoints;

namespace EqualityTracker.Api.Features.Submissions.List;

public sealed class Request
{
    /// <summary>Only this plan.</summary>
    [QueryParam]
    public string? Plan { get; init; }

    /// <summary>Only this period (DHIS2 id).</summary>
    [QueryParam]
    public string? Period { get; init; }

    /// <summary>Only this status: submitted, approved or returned.</summary>
    [QueryParam]
    public string? Status { get; init; }
}
