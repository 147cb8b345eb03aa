using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Identity;
using FastEndpoints;
using Microsoft.AspNetCore.Identity;

namespace EqualityTracker.Api.Features.Auth.Token;

public sealed class Endpoint(Database database, IPasswordHasher<UserAccount> hasher, TokenIssuer issuer, LoginThrottle throttle, SharedLoginThrottle shared)
    : Endpoint<Request, Response>
{
    private const string UserSql = """
        SELECT username AS Username, password_hash AS PasswordHash, role AS Role, display_name AS DisplayName,
               agency_code AS AgencyCode, area_code AS AreaCode, body_code AS BodyCode
        FROM users
        WHERE username = @Username
        """;

    public override void Configure()
    {
        Post("/api/auth/token");
        AllowAnonymous();
        Description(d => d
            .WithName("CreateToken")
            .WithTags("Auth")
            .WithSummary("Đăng nhập / Sign in")
            .WithDescription("Exchanges a user name and password, sent in the JSON body only, for a bearer token. Each attempt is counted before the password is checked: after five failed attempts for one name within 15 minutes (or thirty from one address), further attempts wait (429 with Retry-After).")
            .ProducesProblems(400, 401, 429)
            .ProducesHeaders(StatusCodes.Status429TooManyRequests, ApiHeaders.RetryAfter));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        var username = req.Username.Trim().ToLowerInvariant();
        var client = HttpContext.Connection.RemoteIpAddress?.ToString();
        // This process's own count first (a flood costs no database write), then every process's, in the database.
        var (attempt, wait) = throttle.TryBegin(username, client);
        if (attempt is null)
        {
            await TooManyAsync(wait);
            return;
        }

        using (attempt)
        {
            var (everywhere, sharedWait) = await shared.TryBeginAsync(username, client, ct);
            if (everywhere is null)
            {
                attempt.Withdrawn();
                await TooManyAsync(sharedWait);
                return;
            }

            await using (everywhere)
            {
                UserAccount? user;
                await using (var connection = await database.OpenAsync(ct))
                {
                    user = await connection.QuerySingleOrDefaultAsync<UserAccount>(new CommandDefinition(UserSql, new { Username = username }, cancellationToken: ct));
                }

                // An unknown name is checked against a stand-in hash, so it costs the same time as a wrong password.
                var verified = hasher.VerifyHashedPassword(user ?? StandIn.Account, user?.PasswordHash ?? StandIn.Hash, req.Password);
                if (user is null || verified == PasswordVerificationResult.Failed)
                {
                    attempt.Failed();
                    await everywhere.FailedAsync();
                    await Send.ResultAsync(TypedResults.Problem(
                        statusCode: StatusCodes.Status401Unauthorized,
                        title: "Đăng nhập không thành công / Sign-in failed",
                        detail: Problems.Bilingual("Tên đăng nhập hoặc mật khẩu không đúng.", "Wrong user name or password.")));
                    return;
                }

                attempt.Succeeded();
                await everywhere.SucceededAsync();
                var (token, expiresAt) = issuer.Issue(user);
                await Send.OkAsync(new Response { AccessToken = token, ExpiresAt = expiresAt, User = Me.Get.Response.From(user) }, ct);
            }
        }
    }

    private async Task TooManyAsync(NodaTime.Duration wait)
    {
        HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Send.ResultAsync(TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Quá nhiều lần đăng nhập sai / Too many failed sign-ins",
            detail: Problems.Bilingual(
                $"Hãy thử lại sau {Math.Ceiling(wait.TotalMinutes)} phút.", $"Try again in {Math.Ceiling(wait.TotalMinutes)} minutes.")));
    }

    /// <summary>A hash of a random password, made once, that no password matches.</summary>
    private static class StandIn
    {
        public static readonly UserAccount Account = new() { Username = "", Role = "", DisplayName = "" };
        public static readonly string Hash = new PasswordHasher<UserAccount>().HashPassword(Account, Guid.NewGuid().ToString("N"));
    }
}
