using System.Net;
using System.Net.Http.Json;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;
using NodaTime;

namespace EqualityTracker.Tests.Features.Auth;

[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
public sealed class AuthEndpointsTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task Token_WithTheRightPassword_CarriesRoleAgencyAndAreaAndExpires()
    {
        var response = await Client.PostAsJsonAsync("/api/auth/token", new { username = "doh", password = "Dev-Password-1" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await response.ReadJsonAsync();
        Assert.That(body.GetProperty("accessToken").GetString(), Is.Not.Empty);
        Assert.That(body.GetProperty("expiresAt").GetString(), Is.EqualTo("2026-06-15T11:00:00Z"), "8 hours after the fake clock's now");
        var user = body.GetProperty("user");
        Assert.That((user.GetProperty("role").GetString(), user.GetProperty("agency").GetString(), user.GetProperty("area").GetString()),
            Is.EqualTo(("department", "DOH", "37")));
        Assert.That(user.GetProperty("unit").GetString(), Is.EqualTo("37@2025-07-01"), "development users land on the unit bearing their code today: the new Ninh Bình");
    }

    [Test]
    public async Task Me_WithTheToken_SaysWhoIsSignedIn()
    {
        using var client = await SignInAsync("statistics");

        var me = await (await client.GetAsync("/api/me")).ReadJsonAsync();

        Assert.That(me.GetProperty("username").GetString(), Is.EqualTo("statistics"));
        Assert.That(me.GetProperty("role").GetString(), Is.EqualTo("statistics"));
        Assert.That(me.GetProperty("displayName").GetString(), Is.EqualTo("Cục Thống kê tỉnh"));
    }

    [Test]
    public async Task Me_WithoutAToken_Answers401Problem()
    {
        var response = await Client.GetAsync("/api/me");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That((await response.ReadJsonAsync()).GetProperty("detail").GetString(), Does.Contain("Sign in"));
    }

    [Test]
    public async Task Token_WithAWrongPassword_Answers401Problem()
    {
        var response = await Client.PostAsJsonAsync("/api/auth/token", new { username = "leader", password = "guess" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await response.ReadJsonAsync()).GetProperty("detail").GetString(), Does.Contain("Wrong user name or password"));
    }

    [Test]
    public async Task Token_AfterFiveFailures_IsRefusedEvenWithTheRightPasswordUntilTheWindowPasses()
    {
        for (var i = 0; i < 5; i++)
        {
            await Client.PostAsJsonAsync("/api/auth/token", new { username = "dic", password = "guess" });
        }

        var refused = await Client.PostAsJsonAsync("/api/auth/token", new { username = "dic", password = "Dev-Password-1" });
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromMinutes(15)));

        Factory.Clock.Advance(Duration.FromMinutes(15));
        try
        {
            var accepted = await Client.PostAsJsonAsync("/api/auth/token", new { username = "dic", password = "Dev-Password-1" });
            Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
        finally
        {
            Factory.Clock.Reset(ApiFactory.Now);
        }
    }

    [Test]
    public async Task Token_OnceExpired_IsRefused()
    {
        using var client = await SignInAsync("leader");
        Factory.Clock.Advance(Duration.FromHours(8));
        try
        {
            var response = await client.GetAsync("/api/me");

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }
        finally
        {
            Factory.Clock.Reset(ApiFactory.Now);
        }
    }

    [Test]
    public async Task Token_ForgedWithAnotherKey_IsRefused()
    {
        using var client = await SignInAsync("leader");
        var token = client.DefaultRequestHeaders.Authorization!.Parameter!;
        var parts = token.Split('.');
        var forged = $"{parts[0]}.{parts[1]}.{parts[2][..^4]}AAAA";
        client.DefaultRequestHeaders.Authorization = new("Bearer", forged);

        Assert.That((await client.GetAsync("/api/me")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Passwords_AreStoredHashed()
    {
        await using var connection = await TestDatabaseOf().OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT password_hash FROM users WHERE username = 'admin'";

        var hash = (string)(await command.ExecuteScalarAsync())!;

        Assert.That(hash, Does.Not.Contain("Dev-Password-1"));
        Assert.That(Convert.FromBase64String(hash)[0], Is.EqualTo(0x01), "ASP.NET Core Identity v3 hash format");
    }

    private Database TestDatabaseOf() => (Database)Factory.Services.GetService(typeof(Database))!;
}
