namespace EqualityTracker.Api.Features.Demo.Get;

public sealed class Response
{
    /// <summary>True when the database holds demonstration values (source 'demo'): the web app shows a banner.</summary>
    public required bool Enabled { get; init; }

    public required int Values { get; init; }
}
