using System.Net;
using System.Net.Http.Json;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;

namespace EqualityTracker.Tests.Hardening;

/// <summary>Passwords travel in bodies only, and guessing is throttled however fast it is tried.</summary>
public sealed class SignInTests() : ApiTest(DatabaseProvider.Sqlite)
{
    [Test]
    public async Task Token_WithCredentialsInTheQueryString_IsRefused_EvenWithAnEmptyBody()
    {
        var response = await Client.PostAsJsonAsync("/api/auth/token?username=admin&password=Dev-Password-1", new { });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(body, Does.Not.Contain("accessToken"));
        Assert.That(body, Does.Contain("username").Or.Contain("password"));
    }

    [Test]
    public async Task Token_With40ParallelWrongPasswords_AllowsAtMostFiveRealTries()
    {
        var attempts = Enumerable.Range(0, 40)
            .Select(i => Client.PostAsJsonAsync("/api/auth/token", new { username = "doha", password = $"wrong-{i}" }));

        var answers = await Task.WhenAll(attempts);

        Assert.That(answers.Count(a => a.StatusCode == HttpStatusCode.Unauthorized), Is.LessThanOrEqualTo(5));
        Assert.That(answers.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests), Is.GreaterThanOrEqualTo(35));
        Assert.That(answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).All(a => a.Headers.RetryAfter?.Delta > TimeSpan.Zero), Is.True);
        var right = await Client.PostAsJsonAsync("/api/auth/token", new { username = "doha", password = "Dev-Password-1" });
        Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "the name waits out its window even with the right password");
    }

    [Test]
    public async Task Token_ForAnUnknownName_IsCountedAndThrottledLikeAKnownOne()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.That((await Client.PostAsJsonAsync("/api/auth/token", new { username = "nobody-here", password = "x" })).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        var sixth = await Client.PostAsJsonAsync("/api/auth/token", new { username = "nobody-here", password = "x" });

        Assert.That(sixth.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
    }

    [Test]
    public async Task JsonBody_LargerThanTheLimit_Is413()
    {
        var response = await Client.PostAsJsonAsync("/api/auth/token", new { username = "admin", password = new string('x', 100_000) });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }
}
