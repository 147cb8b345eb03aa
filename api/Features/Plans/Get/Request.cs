namespace EqualityTracker.Api.Features.Plans.Get;

public sealed class Request
{
    /// <summary>The plan's code, e.g. NB-2021-2025.</summary>
    public string Code { get; init; } = "";
}
