using NodaTime;

namespace EqualityTracker.Api.Features.Auth.Token;

public sealed class Response
{
    /// <summary>Send as <c>Authorization: Bearer …</c>.</summary>
    public required string AccessToken { get; init; }

    public string TokenType { get; init; } = "Bearer";

    /// <summary>When the token stops working (ISO-8601 instant).</summary>
    public required Instant ExpiresAt { get; init; }

    public required Me.Get.Response User { get; init; }
}
