namespace EqualityTracker.Api.Features.Uploads.Template;

public sealed class Request
{
    /// <summary>The plan whose indicators the template covers, e.g. NB-2021-2025.</summary>
    [FastEndpoints.QueryParam]
    public string? Plan { get; init; }
}
