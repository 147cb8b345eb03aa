using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace EqualityTracker.Api.Identity;

/// <summary>How tokens are signed and how long they last, from the <c>Jwt</c> configuration section.</summary>
/// <remarks>
/// The signing key must be at least 32 characters. Development ships a labelled development key; every other
/// environment must set <c>Jwt__SigningKey</c>, and signing in fails with a clear message until it does.
/// </remarks>
public sealed class JwtSettings
{
    public const string Section = "Jwt";
    public const string Issuer = "EqualityTracker";
    public const string Audience = "EqualityTracker";

    public string? SigningKey { get; set; }

    /// <summary>How long a token is valid; 8 hours, a working day, by default.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(8);

    public SymmetricSecurityKey Key()
    {
        if (SigningKey is not { Length: >= 32 })
        {
            throw new InvalidOperationException("Jwt:SigningKey must be set to at least 32 characters (environment variable Jwt__SigningKey).");
        }

        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey));
    }
}
