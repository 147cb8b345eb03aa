using EqualityTracker.Api.Identity;

namespace EqualityTracker.Api.Common;

/// <summary>Settings the server refuses to start with, each with a message that says what to set.</summary>
/// <remarks>
/// The development signing key and the development users exist only in Development: anywhere else a server with
/// either would let anyone who read this repository sign in. Outside Development a signing key must be configured.
/// </remarks>
public static class StartupChecks
{
    /// <summary>The key committed in <c>appsettings.Development.json</c>; public, so never valid outside Development.</summary>
    public const string DevelopmentSigningKey = "development-only-signing-key-not-for-production-0123456789";

    public static void Verify(IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
        {
            return;
        }

        var key = configuration[$"{JwtSettings.Section}:SigningKey"];
        if (key is not { Length: >= 32 })
        {
            throw new InvalidOperationException(
                $"Jwt:SigningKey is not set (or shorter than 32 characters) in the {environment.EnvironmentName} environment. " +
                "Set the environment variable Jwt__SigningKey to a random secret of at least 32 characters, the same on every API process.");
        }

        if (key == DevelopmentSigningKey)
        {
            throw new InvalidOperationException(
                $"Jwt:SigningKey is the public development key, refused in the {environment.EnvironmentName} environment. Set Jwt__SigningKey to a secret.");
        }

        if (configuration.GetValue<bool>("Identity:SeedDevelopmentUsers"))
        {
            throw new InvalidOperationException(
                $"Identity:SeedDevelopmentUsers is true in the {environment.EnvironmentName} environment; development users (with a published password) exist only in Development.");
        }
    }
}
