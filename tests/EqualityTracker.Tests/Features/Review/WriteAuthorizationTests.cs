using System.Net;
using System.Net.Http.Json;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;
using NodaTime;

namespace EqualityTracker.Tests.Features.Review;

/// <summary>
/// Every write endpoint × every role × own/other agency × own/other area. Health (doh) leads Ninh Bình's four health
/// targets (live births, maternal deaths, births to and numbers of women 15–19, LGBT health facilities); Labour
/// (dolisa) leads employment; both are bound to Ninh Bình (37), whose districts include 369; Phú Thọ (25) is another province.
/// </summary>
[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
public sealed class WriteAuthorizationTests(DatabaseProvider provider) : ApiTest(provider)
{
    [OneTimeSetUp]
    public void SetClock() => Factory.Clock.Reset(Instant.FromUtc(2025, 12, 1, 3, 0));

    // PUT /api/values/{code}/{area}/2025/{sex}
    [TestCase(null, "LIVE_BIRTHS", "37", HttpStatusCode.Unauthorized)]
    [TestCase("leader", "LIVE_BIRTHS", "37", HttpStatusCode.Forbidden)]
    [TestCase("doh", "LIVE_BIRTHS", "37", HttpStatusCode.Created, Description = "own agency, own area")]
    [TestCase("doh", "LIVE_BIRTHS", "369", HttpStatusCode.Created, Description = "own agency, area below")]
    [TestCase("doh", "LIVE_BIRTHS", "14320", HttpStatusCode.Created, Description = "own agency, a commune below")]
    [TestCase("doh", "LIVE_BIRTHS", "25", HttpStatusCode.Forbidden, Description = "own agency, other province")]
    [TestCase("doh", "LIVE_BIRTHS", "VN", HttpStatusCode.Forbidden, Description = "own agency, area above")]
    [TestCase("doh", "EMPLOYED", "37", HttpStatusCode.Forbidden, Description = "other agency's quantity, own area")]
    [TestCase("doh", "GE_KNOWLEDGE_REACH", "37", HttpStatusCode.Forbidden, Description = "other agency's indicator")]
    [TestCase("dolisa", "EMPLOYED", "37", HttpStatusCode.Created)]
    [TestCase("dolisa", "LIVE_BIRTHS", "369", HttpStatusCode.Forbidden)]
    [TestCase("dic", "COMMUNES_GE_NEWS", "37", HttpStatusCode.Created)]
    [TestCase("dic", "COMMUNES_GE_NEWS", "25", HttpStatusCode.Forbidden)]
    [TestCase("statistics", "EMPLOYED", "373", HttpStatusCode.Created, Description = "the statistics office writes any value of its province")]
    [TestCase("statistics", "EMPLOYED", "25", HttpStatusCode.Forbidden, Description = "but not another province's")]
    [TestCase("admin", "LIVE_BIRTHS", "25", HttpStatusCode.Forbidden)]
    [TestCase("statistics-vn", "EMPLOYED", "25", HttpStatusCode.Created, Description = "a national account writes anywhere")]
    [TestCase("admin-qn", "LIVE_BIRTHS", "22", HttpStatusCode.Created)]
    public async Task PutValue_ForUser_Answers(string? user, string code, string area, HttpStatusCode expected)
    {
        using var client = user is null ? Factory.CreateClient() : await SignInAsync(user);
        var sex = code is "EMPLOYED" or "LIVE_BIRTHS" ? "F" : "_T";
        var url = $"/api/values/{code}/{area}/2025/{sex}";

        var response = await client.PutAsJsonAsync(url, new { value = 10 });

        Assert.That(response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
        if (expected == HttpStatusCode.Forbidden && user is not "leader")
        {
            Assert.That((await response.ReadJsonAsync()).GetProperty("detail").GetString(), Does.Contain(area is "25" or "VN" ? "not within" : "leads no target"));
        }

        if (expected == HttpStatusCode.Created)
        {
            var delete = new HttpRequestMessage(HttpMethod.Delete, url);
            delete.Headers.TryAddWithoutValidation("If-Match", response.Headers.ETag!.Tag);
            Assert.That((await client.SendAsync(delete)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent), "the same rights delete it");
        }
    }

    [TestCase("leader")]
    [TestCase("dolisa")]
    public async Task DeleteValue_OfAnotherAgencyOrByALeader_Answers403(string user)
    {
        using var doh = await SignInAsync("doh");
        await doh.PutAsJsonAsync("/api/values/MATERNAL_DEATHS/370/2025/_T", new { value = 1 });
        var current = await doh.GetAsync("/api/values/MATERNAL_DEATHS/370/2025/_T");
        using var other = await SignInAsync(user);
        var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/values/MATERNAL_DEATHS/370/2025/_T");
        delete.Headers.TryAddWithoutValidation("If-Match", current.Headers.ETag!.Tag);

        Assert.That((await other.SendAsync(delete)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    // Review endpoints.
    [TestCase(null, "POST /api/submissions", HttpStatusCode.Unauthorized)]
    [TestCase("leader", "POST /api/submissions", HttpStatusCode.Forbidden)]
    [TestCase("statistics", "POST /api/submissions", HttpStatusCode.Forbidden)]
    [TestCase("admin", "POST /api/submissions", HttpStatusCode.Forbidden)]
    [TestCase("doh", "POST /api/submissions/999/approve", HttpStatusCode.Forbidden)]
    [TestCase("statistics", "POST /api/submissions/999/approve", HttpStatusCode.Forbidden)]
    [TestCase("admin", "POST /api/submissions/999/approve", HttpStatusCode.NotFound)]
    [TestCase("doh", "POST /api/submissions/999/return", HttpStatusCode.Forbidden)]
    [TestCase("admin", "POST /api/submissions/999/return", HttpStatusCode.NotFound)]
    [TestCase("doh", "POST /api/reopenings", HttpStatusCode.Forbidden)]
    [TestCase("leader", "POST /api/reopenings", HttpStatusCode.Forbidden)]
    [TestCase("admin", "POST /api/reopenings", HttpStatusCode.OK)]
    [TestCase("doh", "GET /api/plans/NB-2021-2025/timeliness?period=2025", HttpStatusCode.Forbidden)]
    [TestCase("admin", "GET /api/plans/NB-2021-2025/timeliness?period=2025", HttpStatusCode.OK)]
    [TestCase("leader", "GET /api/submissions", HttpStatusCode.Forbidden)]
    [TestCase("leader", "GET /api/me/assignments?plan=NB-2021-2025&period=2025", HttpStatusCode.Forbidden)]
    [TestCase("doh", "GET /api/me/assignments?plan=NB-2021-2025&period=2025", HttpStatusCode.OK)]
    public async Task ReviewEndpoint_ForUser_Answers(string? user, string call, HttpStatusCode expected)
    {
        using var client = user is null ? Factory.CreateClient() : await SignInAsync(user);
        var (verb, url) = (call.Split(' ')[0], call.Split(' ')[1]);
        object body = url switch
        {
            "/api/submissions" => new { plan = "NB-2021-2025", period = "2025" },
            "/api/reopenings" => new { plan = "NB-2021-2025", period = "2025", agency = "DIC" },
            _ => new { comment = "thiếu số liệu" },
        };

        var response = verb == "GET" ? await client.GetAsync(url) : await client.PostAsJsonAsync(url, body);

        Assert.That(response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
        if ((int)expected >= 400)
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        }
    }
}
