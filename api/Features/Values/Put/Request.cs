namespace EqualityTracker.Api.Features.Values.Put;

public sealed class Request : ValueKey
{
    /// <summary>The number (decimal point).</summary>
    public double? Value { get; init; }

    /// <summary>An optional note (source, method, caveat).</summary>
    public string? Note { get; init; }
}
