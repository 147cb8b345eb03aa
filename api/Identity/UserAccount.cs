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

    /// <summary>The body the user reports for when it is not a provincial agency (a town office, a People's Committee).</summary>
    public string? BodyCode { get; init; }
}
