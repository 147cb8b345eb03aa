namespace EqualityTracker.Api.Features.Indicators.Get;

public sealed class Request
{
    /// <summary>The indicator's code, e.g. SRB (sex ratio at birth).</summary>
    public string Code { get; init; } = "";
}
