using System.Net;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;

namespace EqualityTracker.Tests.Hardening;

/// <summary>Security headers on every answer; rate limits on anonymous computing reads; Production's switches.</summary>
public sealed class HttpHygieneTests() : ApiTest(DatabaseProvider.Sqlite)
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["RateLimits:AnonymousPerMinute"] = "3" };

    [TestCase("/")]
    [TestCase("/api/plans")]
    [TestCase("/api/nothing-here")]
    public async Task EveryAnswer_CarriesTheSecurityHeaders(string path)
    {
        var response = await Client.GetAsync(path);

        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.That(csp, Does.Contain("script-src 'self'").And.Contain("frame-ancestors 'none'").And.Not.Contain("unsafe-inline"));
        Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        Assert.That(response.Headers.GetValues("Referrer-Policy"), Is.EqualTo(new[] { "no-referrer" }));
        Assert.That(response.Headers.GetValues("X-Frame-Options"), Is.EqualTo(new[] { "DENY" }));
    }

    [Test]
    public async Task AnonymousComputingReads_PastTheLimit_Get429WithRetryAfter_SignedInReadersDoNot()
    {
        using var anonymous = Factory.CreateClient();
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add(await anonymous.GetAsync("/api/indicators/SRB/ranking?area=37"));
        }

        using var leader = await SignInAsync("leader");
        var signedIn = await leader.GetAsync("/api/indicators/SRB/ranking?area=37");

        Assert.That(answers.Take(3).Select(a => a.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(answers[4].StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(answers[4].Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
        Assert.That(answers[4].Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Production_SendsHsts_AndServesNoSwaggerByDefault()
    {
        await using var production = new ApiFactory(Database, new Dictionary<string, string?> { ["Identity:SeedDevelopmentUsers"] = "false" }, environment: "Production");
        using var client = production.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        var home = await client.GetAsync("/api/plans");
        var swagger = await client.GetAsync("/swagger/v1/swagger.json");

        Assert.That(home.Headers.Contains("Strict-Transport-Security"), Is.True);
        Assert.That(swagger.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [TestCase("Production", null, "false", "Jwt:SigningKey is not set")]
    [TestCase("Production", StartupChecks.DevelopmentSigningKey, "false", "public development key")]
    [TestCase("Staging", "a-staging-secret-that-is-long-enough-0123456789", "true", "SeedDevelopmentUsers")]
    public void Server_OutsideDevelopment_RefusesToStartWithDevelopmentSecrets(string environment, string? key, string seedUsers, string message)
    {
        using var factory = new ApiFactory(Database, new Dictionary<string, string?> { ["Jwt:SigningKey"] = key ?? "", ["Identity:SeedDevelopmentUsers"] = seedUsers }, environment);

        var refused = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.That(refused!.Message, Does.Contain(message));
    }
}
