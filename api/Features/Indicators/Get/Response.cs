using EqualityTracker.Api.Shapes;

namespace EqualityTracker.Api.Features.Indicators.Get;

public sealed class Response
{
    public required IndicatorResponse Indicator { get; init; }

    /// <summary>The targets every plan sets on it: national strategies first, then provinces, then lower levels.</summary>
    public required IReadOnlyList<TargetResponse> Targets { get; init; }
}
