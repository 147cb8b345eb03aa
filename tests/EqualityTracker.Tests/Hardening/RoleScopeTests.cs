using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;
using NodaTime;

namespace EqualityTracker.Tests.Hardening;

/// <summary>Every role acts within its own province; what is not yet official is read only by those who answer for it;
/// and every instant in every answer is an ISO string.</summary>
public sealed class RoleScopeTests() : ApiTest(DatabaseProvider.Sqlite)
{
    private HttpClient doh = null!;
    private HttpClient admin = null!;
    private HttpClient adminQn = null!;
    private int submission;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Jwt:Lifetime"] = "30.00:00:00" };

    [OneTimeSetUp]
    public async Task SubmitADraft()
    {
        Factory.Clock.Reset(Instant.FromUtc(2025, 12, 1, 3, 0));
        doh = await SignInAsync("doh");
        admin = await SignInAsync("admin");
        adminQn = await SignInAsync("admin-qn");
        (await doh.PutAsJsonAsync("/api/values/MATERNAL_DEATHS/37/2025/_T", new { value = 3, note = "=HYPERLINK(\"http://evil\",\"x\")" })).EnsureSuccessStatusCode();
        var submitted = await doh.PostAsJsonAsync("/api/submissions", new { plan = "NB-2021-2025", period = "2025" });
        submission = (await submitted.ReadJsonAsync()).GetProperty("id").GetInt32();
    }

    [OneTimeTearDown]
    public void SignOut()
    {
        doh?.Dispose();
        admin?.Dispose();
        adminQn?.Dispose();
    }

    [Test]
    public async Task AnotherProvincesCoordinator_CannotApproveReturnOrReopen_NorSeeTheQueue()
    {
        var approve = await adminQn.PostAsync($"/api/submissions/{submission}/approve", null);
        var giveBack = await adminQn.PostAsJsonAsync($"/api/submissions/{submission}/return", new { comment = "không" });
        var reopen = await adminQn.PostAsJsonAsync("/api/reopenings", new { plan = "NB-2021-2025", period = "2025", agency = "DOH" });
        var queue = await (await adminQn.GetAsync("/api/submissions?status=submitted")).ReadJsonAsync();

        Assert.That((approve.StatusCode, giveBack.StatusCode, reopen.StatusCode), Is.EqualTo((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)));
        Assert.That(queue.EnumerateArray().Select(s => s.GetProperty("id").GetInt32()), Does.Not.Contain(submission));
        var own = await (await admin.GetAsync("/api/submissions?status=submitted")).ReadJsonAsync();
        Assert.That(own.EnumerateArray().Select(s => s.GetProperty("id").GetInt32()), Does.Contain(submission));
    }

    [Test]
    public async Task AnotherProvincesStatisticsOffice_CannotWriteOrUploadHere()
    {
        using var statisticsQn = await SignInAsync("statistics-qn");

        var put = await statisticsQn.PutAsJsonAsync("/api/values/LIVE_BIRTHS/369/2020/F", new { value = 1 });
        var upload = await statisticsQn.UploadAsync("nb.csv", UploadFiles.Csv("LIVE_BIRTHS,369,2020,F,1,"));
        var ownProvince = await statisticsQn.UploadAsync("qn.csv", UploadFiles.Csv("LIVE_BIRTHS,22,2020,F,1,"));

        Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(ownProvince.StatusCode, Is.EqualTo(HttpStatusCode.OK), await ownProvince.Content.ReadAsStringAsync());
    }

    [TestCase("leader", HttpStatusCode.Forbidden)]
    [TestCase("dcs", HttpStatusCode.Forbidden)]
    [TestCase("admin-qn", HttpStatusCode.Forbidden)]
    [TestCase("doh", HttpStatusCode.OK)]
    [TestCase("admin", HttpStatusCode.OK)]
    [TestCase("statistics", HttpStatusCode.OK)]
    public async Task DraftDetailsAndHistory_AreReadOnlyByTheWriterTheCoordinatorAndTheStatisticsOffice(string user, HttpStatusCode expected)
    {
        using var client = await SignInAsync(user);

        var value = await client.GetAsync("/api/values/MATERNAL_DEATHS/37/2025/_T");
        var history = await client.GetAsync("/api/values/MATERNAL_DEATHS/37/2025/_T/history");
        var planValues = await (await client.GetAsync("/api/plans/NB-2021-2025/values?area=37&period=2025")).ReadJsonAsync();

        Assert.That((value.StatusCode, history.StatusCode), Is.EqualTo((expected, expected)));
        var listed = planValues.EnumerateArray().Where(v => v.GetProperty("code").GetString() == "MATERNAL_DEATHS").ToList();
        Assert.That(listed, expected == HttpStatusCode.OK ? Has.Count.EqualTo(1) : Is.Empty, "a submitted value is listed only for those who may read it");
    }

    [Test]
    public async Task ExportedNotes_ThatLookLikeFormulas_AreNeutralised()
    {
        var csv = await admin.GetStringAsync("/api/values.csv?code=MATERNAL_DEATHS&area=37");

        Assert.That(csv, Does.Contain("'=HYPERLINK"));
        Assert.That(csv, Does.Not.Contain(",=HYPERLINK").And.Not.Contain(",\"=HYPERLINK"));
    }

    [Test]
    public async Task EveryInstant_InEveryAnswer_IsAnIsoString()
    {
        var answers = new List<(string What, HttpResponseMessage Response)>
        {
            ("agencies", await admin.GetAsync("/api/agencies")),
            ("areas", await admin.GetAsync("/api/areas?parent=37")),
            ("area", await admin.GetAsync("/api/areas/37")),
            ("demo", await admin.GetAsync("/api/demo")),
            ("indicators", await admin.GetAsync("/api/indicators")),
            ("indicator", await admin.GetAsync("/api/indicators/SRB")),
            ("indicator progress", await admin.GetAsync("/api/indicators/MMR/progress?area=37")),
            ("ranking", await admin.GetAsync("/api/indicators/MMR/ranking?area=37")),
            ("indicator values", await admin.GetAsync("/api/indicators/MMR/values?area=37&children=true")),
            ("me", await doh.GetAsync("/api/me")),
            ("plans", await admin.GetAsync("/api/plans")),
            ("plan", await admin.GetAsync("/api/plans/NB-2021-2025")),
            ("targets", await admin.GetAsync("/api/plans/NB-2021-2025/targets")),
            ("health", await admin.GetAsync("/health/ready")),
            ("token", await Client.PostAsJsonAsync("/api/auth/token", new { username = "leader", password = "Dev-Password-1" })),
            ("submissions", await admin.GetAsync("/api/submissions")),
            ("value", await doh.GetAsync("/api/values/MATERNAL_DEATHS/37/2025/_T")),
            ("history", await doh.GetAsync("/api/values/MATERNAL_DEATHS/37/2025/_T/history")),
            ("assignments", await doh.GetAsync("/api/me/assignments?plan=NB-2021-2025&period=2025")),
            ("plan values", await admin.GetAsync("/api/plans/NB-2021-2025/values?area=37&period=2025")),
            ("uploads", await admin.GetAsync("/api/uploads")),
            ("progress", await admin.GetAsync("/api/plans/NB-2021-2025/progress?area=37")),
            ("timeliness", await admin.GetAsync("/api/plans/NB-2021-2025/timeliness?period=2025")),
            ("412 current", await admin.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/values/MATERNAL_DEATHS/37/2025/_T")
                { Content = JsonContent.Create(new { value = 4 }), Headers = { { "If-Match", "\"999\"" } } })),
            ("428 current", await admin.PutAsJsonAsync("/api/values/MATERNAL_DEATHS/37/2025/_T", new { value = 4 })),
            ("approve", await admin.PostAsync($"/api/submissions/{submission}/approve", null)),
        };

        foreach (var (what, response) in answers)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.That((int)response.StatusCode, Is.LessThan(500), $"{what}: {body}");
            var problems = new List<string>();
            Walk(JsonDocument.Parse(body).RootElement, what, problems);
            Assert.That(problems, Is.Empty, body);
        }

        Assert.That(answers.Single(a => a.What == "approve").Response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    /// <summary>No empty object anywhere (an Instant serialized without NodaTime settings), and every *At member a string or null.</summary>
    private static void Walk(JsonElement element, string path, List<string> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (!element.EnumerateObject().Any())
                {
                    problems.Add($"{path} is an empty object");
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name.EndsWith("At", StringComparison.Ordinal) && property.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                    {
                        problems.Add($"{path}.{property.Name} is {property.Value.ValueKind}");
                    }
                    else if (property.Name.EndsWith("At", StringComparison.Ordinal) && property.Value.ValueKind == JsonValueKind.String
                        && !NodaTime.Text.InstantPattern.ExtendedIso.Parse(property.Value.GetString()!).Success)
                    {
                        problems.Add($"{path}.{property.Name} = {property.Value} is not an ISO instant");
                    }

                    Walk(property.Value, $"{path}.{property.Name}", problems);
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, $"{path}[{i++}]", problems);
                }

                break;
        }
    }
}
