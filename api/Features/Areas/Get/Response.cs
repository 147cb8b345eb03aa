namespace EqualityTracker.Api.Features.Areas.Get;

public sealed class Response
{
    public required AreaResponse Area { get; init; }

    /// <summary>The areas above it, from the country down to its parent.</summary>
    public required IReadOnlyList<AreaResponse> Ancestors { get; init; }

    /// <summary>The areas directly below it.</summary>
    public required IReadOnlyList<AreaResponse> Children { get; init; }
}
