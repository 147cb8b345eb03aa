namespace EqualityTracker.Api.Identity;

/// <summary>A person who signs in, as stored in <c>users</c>.</summary>
public sealed class UserAccount
{
    public string Username { get; init; } = "";
    public string PasswordHash { get; init; } = "";
    public string Role { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string? AgencyCode { get; init; }
    public string? AreaCode { get; init; }
}
