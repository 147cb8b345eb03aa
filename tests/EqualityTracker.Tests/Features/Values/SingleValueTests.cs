using System.Net;
using System.Net.Http.Json;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;
using NodaTime;

namespace EqualityTracker.Tests.Features.Values;

/// <summary>One value at a time: ETags, 412 and 428, soft delete, history of form and upload changes, as-of reads.</summary>
[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
public sealed class SingleValueTests(DatabaseProvider provider) : ApiTest(provider)
{
    private HttpClient doh = null!;

    /// <summary>Tokens outlive the days these tests move the clock through.</summary>
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Jwt:Lifetime"] = "30.00:00:00" };

    [OneTimeSetUp]
    public async Task SignIn()
    {
        Factory.Clock.Reset(Instant.FromUtc(2025, 12, 1, 3, 0));
        doh = await SignInAsync("doh");
    }

    [OneTimeTearDown]
    public void SignOut() => doh?.Dispose();

    private static HttpRequestMessage Put(string url, object body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    [Test]
    public async Task Put_ANewValue_Creates201WithAnETag_AndGetReturnsIt()
    {
        var created = await doh.SendAsync(Put("/api/values/LIVE_BIRTHS/369/2025/F", new { value = 1200, note = "sổ A6" }));

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(created.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
        var got = await doh.GetAsync("/api/values/LIVE_BIRTHS/369/2025/F");
        var body = await got.ReadJsonAsync();
        Assert.That(got.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
        Assert.That((body.GetProperty("value").GetDouble(), body.GetProperty("note").GetString(), body.GetProperty("state").GetString(), body.GetProperty("enteredBy").GetString()),
            Is.EqualTo((1200d, "sổ A6", "draft", "doh")));
    }

    [Test]
    public async Task Put_AnExistingValueWithoutIfMatch_Answers428WithTheCurrentValue()
    {
        await doh.SendAsync(Put("/api/values/LIVE_BIRTHS/369/2025/M", new { value = 1300 }));

        var response = await doh.SendAsync(Put("/api/values/LIVE_BIRTHS/369/2025/M", new { value = 1310 }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionRequired));
        Assert.That((await response.ReadJsonAsync()).GetProperty("current").GetProperty("value").GetDouble(), Is.EqualTo(1300));
    }

    [Test]
    public async Task TwoWriters_OnOneValue_OneWinsAndTheOtherGets412_NothingLost()
    {
        await doh.SendAsync(Put("/api/values/MATERNAL_DEATHS/369/2025/_T", new { value = 2 }));
        using var second = await SignInAsync("doh");

        var answers = await Task.WhenAll(
            doh.SendAsync(Put("/api/values/MATERNAL_DEATHS/369/2025/_T", new { value = 3 }, "\"1\"")),
            second.SendAsync(Put("/api/values/MATERNAL_DEATHS/369/2025/_T", new { value = 4 }, "\"1\"")));

        Assert.That(answers.Select(a => a.StatusCode), Is.EquivalentTo(new[] { HttpStatusCode.OK, HttpStatusCode.PreconditionFailed }));
        var winner = answers.Single(a => a.StatusCode == HttpStatusCode.OK);
        var loser = answers.Single(a => a.StatusCode == HttpStatusCode.PreconditionFailed);
        var won = (await winner.ReadJsonAsync()).GetProperty("value").GetDouble();
        Assert.That((await loser.ReadJsonAsync()).GetProperty("current").GetProperty("value").GetDouble(), Is.EqualTo(won), "the loser sees what won");
        var history = await (await doh.GetAsync("/api/values/MATERNAL_DEATHS/369/2025/_T/history")).ReadJsonAsync();
        Assert.That(history.EnumerateArray().Select(e => (e.GetProperty("action").GetString(), e.GetProperty("newValue").GetDouble())),
            Is.EqualTo(new[] { ("update", won), ("create", 2d) }), "the loser's value never overwrote anything");
    }

    [Test]
    public async Task Delete_IsSoft_NeedsIfMatch_AndStaysInHistory()
    {
        await doh.SendAsync(Put("/api/values/WOMEN_15_19/369/2025/F", new { value = 5000 }));

        var without = await doh.DeleteAsync("/api/values/WOMEN_15_19/369/2025/F");
        var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/values/WOMEN_15_19/369/2025/F");
        delete.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        var deleted = await doh.SendAsync(delete);

        Assert.That(without.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionRequired));
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await doh.GetAsync("/api/values/WOMEN_15_19/369/2025/F")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var history = await (await doh.GetAsync("/api/values/WOMEN_15_19/369/2025/F/history")).ReadJsonAsync();
        Assert.That(history.EnumerateArray().Select(e => e.GetProperty("action").GetString()), Is.EqualTo(new[] { "delete", "create" }));
        Assert.That(history[0].GetProperty("oldValue").GetDouble(), Is.EqualTo(5000));
    }

    [Test]
    public async Task History_KeepsFormAndUploadChanges_WithWhoWhenAndHow()
    {
        var created = await doh.SendAsync(Put("/api/values/BIRTHS_WOMEN_15_19/369/2025/_T", new { value = 80 }));
        Factory.Clock.Advance(Duration.FromHours(1));
        await doh.SendAsync(Put("/api/values/BIRTHS_WOMEN_15_19/369/2025/_T", new { value = 82, note = "sửa" }, "\"1\""));
        Factory.Clock.Advance(Duration.FromHours(1));
        using var statistics = await SignInAsync("statistics");
        var upload = await (await statistics.UploadAsync("fix.csv", UploadFiles.Csv("BIRTHS_WOMEN_15_19,369,2025,_T,85,điều tra"), confirm: "2")).ReportAsync();

        var history = (await (await doh.GetAsync("/api/values/BIRTHS_WOMEN_15_19/369/2025/_T/history")).ReadJsonAsync()).EnumerateArray().ToList();

        Assert.That(history.Select(e => (e.GetProperty("action").GetString(), e.GetProperty("by").GetString(), e.GetProperty("newValue").GetDouble())),
            Is.EqualTo(new[] { ("update", "statistics", 85d), ("update", "doh", 82d), ("create", "doh", 80d) }));
        Assert.That(history[0].GetProperty("uploadId").GetInt32(), Is.EqualTo(upload.GetProperty("uploadId").GetInt32()));
        Assert.That(history[0].GetProperty("oldValue").GetDouble(), Is.EqualTo(82));
        Assert.That(history[1].GetProperty("requestId").GetString(), Is.Not.Empty);
        Assert.That(history[1].GetProperty("note").GetString(), Is.EqualTo("sửa"));
        Assert.That(history[2].GetProperty("at").GetString(), Is.EqualTo("2025-12-01T03:00:00Z"));
        Factory.Clock.Reset(Instant.FromUtc(2025, 12, 1, 3, 0));
        _ = created;
    }

    [Test]
    public async Task PlanValues_AsOfAnEarlierInstant_ShowWhatStoodThen()
    {
        Factory.Clock.Reset(Instant.FromUtc(2025, 12, 1, 3, 0));
        await doh.SendAsync(Put("/api/values/LGBT_HEALTH_FACILITIES/37/2025/_T", new { value = 0 }));
        Factory.Clock.Reset(Instant.FromUtc(2025, 12, 3, 3, 0));
        var changed = await doh.SendAsync(Put("/api/values/LGBT_HEALTH_FACILITIES/37/2025/_T", new { value = 1 }, "\"1\""));
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await changed.Content.ReadAsStringAsync());
        Factory.Clock.Reset(Instant.FromUtc(2025, 12, 1, 3, 0));

        var now = await (await doh.GetAsync("/api/plans/NB-2021-2025/values?area=37&period=2025")).ReadJsonAsync();
        var then = await (await doh.GetAsync("/api/plans/NB-2021-2025/values?area=37&period=2025&asOf=2025-12-02T00:00:00Z")).ReadJsonAsync();
        var before = await (await doh.GetAsync("/api/plans/NB-2021-2025/values?area=37&period=2025&asOf=2025-11-30T00:00:00Z")).ReadJsonAsync();

        double Facilities(System.Text.Json.JsonElement list) =>
            list.EnumerateArray().Single(v => v.GetProperty("code").GetString() == "LGBT_HEALTH_FACILITIES").GetProperty("value").GetDouble();
        Assert.That(Facilities(now), Is.EqualTo(1));
        Assert.That(Facilities(then), Is.EqualTo(0));
        Assert.That(before.EnumerateArray().Any(v => v.GetProperty("code").GetString() == "LGBT_HEALTH_FACILITIES"), Is.False);
    }

    [Test]
    public async Task Put_ABadValue_Answers400WithTheRule()
    {
        var response = await doh.SendAsync(Put("/api/values/LIVE_BIRTHS/369/2025/F", new { value = -3 }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ReadJsonAsync()).GetProperty("detail").GetString(), Does.Contain("cannot be negative"));
    }
}
