using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NodaTime;

namespace EqualityTracker.Api.Identity;

/// <summary>Issues signed bearer tokens (JWT, HS256) that carry a user's role, agency and area.</summary>
public sealed class TokenIssuer(IOptions<JwtSettings> settings, IClock clock)
{
    public (string Token, Instant ExpiresAt) Issue(UserAccount user)
    {
        var now = clock.GetCurrentInstant();
        var expiresAt = now + Duration.FromTimeSpan(settings.Value.Lifetime);
        var claims = new Dictionary<string, object>
        {
            [ClaimNames.Subject] = user.Username,
            [ClaimNames.Role] = user.Role,
            [ClaimNames.Name] = user.DisplayName,
        };
        if (user.AgencyCode is not null)
        {
            claims[ClaimNames.Agency] = user.AgencyCode;
        }

        if (user.AreaCode is not null)
        {
            claims[ClaimNames.Area] = user.AreaCode;
        }

        if ((user.BodyCode ?? user.AgencyCode) is { } body)
        {
            claims[ClaimNames.Body] = body;
        }

        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = JwtSettings.Issuer,
            Audience = JwtSettings.Audience,
            Claims = claims,
            IssuedAt = now.ToDateTimeUtc(),
            NotBefore = now.ToDateTimeUtc(),
            Expires = expiresAt.ToDateTimeUtc(),
            SigningCredentials = new SigningCredentials(settings.Value.Key(), SecurityAlgorithms.HmacSha256),
        });
        return (token, expiresAt);
    }

    /// <summary>How the API checks tokens: signature, issuer, audience, and expiry against the injected clock.</summary>
    public static TokenValidationParameters ValidationParameters(JwtSettings settings, IClock clock) => new()
    {
        ValidIssuer = JwtSettings.Issuer,
        ValidAudience = JwtSettings.Audience,
        // Resolved per token, so that a server without a signing key still answers everything that needs no sign-in.
        IssuerSigningKeyResolver = (_, _, _, _) => [settings.Key()],
        NameClaimType = ClaimNames.Subject,
        RoleClaimType = ClaimNames.Role,
        LifetimeValidator = (notBefore, expires, _, _) =>
        {
            var now = clock.GetCurrentInstant().ToDateTimeUtc();
            return (notBefore is null || notBefore <= now) && expires is { } end && now < end;
        },
    };
}

/// <summary>Reads the product's claims back from a signed-in principal.</summary>
public static class PrincipalExtensions
{
    public static string Username(this ClaimsPrincipal user) => user.FindFirstValue(ClaimNames.Subject) ?? "";

    public static string? Agency(this ClaimsPrincipal user) => user.FindFirstValue(ClaimNames.Agency);

    public static string? Area(this ClaimsPrincipal user) => user.FindFirstValue(ClaimNames.Area);

    /// <summary>The body the user reports for at their area: their own body, else their agency.</summary>
    public static string? Body(this ClaimsPrincipal user) => user.FindFirstValue(ClaimNames.Body);
}
