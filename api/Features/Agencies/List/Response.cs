namespace EqualityTracker.Api.Features.Agencies.List;

/// <summary>A department or body that leads or coordinates targets (Sở Y tế, DOH).</summary>
public sealed class Response
{
    public required string Code { get; init; }
    public required string NameVi { get; init; }
    public required string NameEn { get; init; }
}
