using EqualityTracker.Api.Shapes;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Plans.Update;

public sealed class Request
{
    /// <summary>The plan's code.</summary>
    public string Code { get; init; } = "";

    /// <summary>The draft's whole content: it replaces what the draft held.</summary>
    [FromBody]
    public PlanContent Content { get; init; } = new();
}
