using System.Net;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;

namespace EqualityTracker.Tests.Features.Uploads;

/// <summary>Every role on every upload endpoint: uploads need statistics or admin; reading needs a signed-in user.</summary>
public sealed class UploadAuthorizationTests() : ApiTest(DatabaseProvider.Sqlite)
{
    private const string DryRun = "POST /api/uploads?dryRun=true";
    private const string History = "GET /api/uploads";
    private const string Template = "GET /api/uploads/template?plan=NB-2021-2025";
    private const string Export = "GET /api/values.csv";
    private const string Values = "GET /api/indicators/SRB/values?area=37";

    [TestCase(null, DryRun, HttpStatusCode.Unauthorized)]
    [TestCase("leader", DryRun, HttpStatusCode.Forbidden)]
    [TestCase("doh", DryRun, HttpStatusCode.Forbidden)]
    [TestCase("dolisa", DryRun, HttpStatusCode.Forbidden)]
    [TestCase("statistics", DryRun, HttpStatusCode.OK)]
    [TestCase("admin", DryRun, HttpStatusCode.OK)]
    [TestCase(null, History, HttpStatusCode.Unauthorized)]
    [TestCase("leader", History, HttpStatusCode.Forbidden)]
    [TestCase("doh", History, HttpStatusCode.Forbidden)]
    [TestCase("statistics", History, HttpStatusCode.OK)]
    [TestCase("admin", History, HttpStatusCode.OK)]
    [TestCase(null, Template, HttpStatusCode.Unauthorized)]
    [TestCase("leader", Template, HttpStatusCode.OK)]
    [TestCase("doh", Template, HttpStatusCode.OK)]
    [TestCase("statistics", Template, HttpStatusCode.OK)]
    [TestCase(null, Export, HttpStatusCode.Unauthorized)]
    [TestCase("leader", Export, HttpStatusCode.Forbidden)]
    [TestCase("doh", Export, HttpStatusCode.Forbidden)]
    [TestCase("statistics", Export, HttpStatusCode.OK)]
    [TestCase(null, Values, HttpStatusCode.Unauthorized)]
    [TestCase("leader", Values, HttpStatusCode.OK)]
    [TestCase("doh", Values, HttpStatusCode.OK)]
    public async Task Endpoint_ForRole_Answers(string? user, string call, HttpStatusCode expected)
    {
        using var client = user is null ? Factory.CreateClient() : await SignInAsync(user);
        var (verb, url) = (call.Split(' ')[0], call.Split(' ')[1]);

        var response = verb == "POST"
            ? await client.UploadAsync("check.csv", UploadFiles.Csv("LIVE_BIRTHS,369,2024,F,1,"), dryRun: true)
            : await client.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(expected));
        if ((int)expected >= 400)
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That((await response.ReadJsonAsync()).GetProperty("detail").GetString(), Is.Not.Empty, "the problem says why");
        }
    }

    [Test]
    public async Task Catalogue_StaysOpenToEveryone()
    {
        Assert.That((await Client.GetAsync("/api/plans")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Client.GetAsync("/api/indicators/SRB")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}

/// <summary>A file over the configured limit gets 413 and a problem, and nothing is written.</summary>
public sealed class UploadSizeLimitTests() : ApiTest(DatabaseProvider.Sqlite)
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Uploads:MaxBytes"] = "2000" };

    [TestCase(false)]
    [TestCase(true)]
    public async Task Upload_LargerThanTheLimit_Answers413Problem(bool chunked)
    {
        using var client = await SignInAsync("statistics");
        var lines = Enumerable.Range(0, 3000).Select(i => $"LIVE_BIRTHS,369,{1900 + (i % 100)},F,{i},").ToArray();
        var csv = UploadFiles.Csv(lines);
        Assert.That(csv.Length, Is.GreaterThan(2000));

        HttpResponseMessage response;
        if (chunked)
        {
            // Without Content-Length the limit is enforced while the file streams in.
            using var form = new MultipartFormDataContent();
            form.Add(new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv))), "file", "big.csv");
            form.Headers.ContentLength = null;
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/uploads") { Content = form };
            request.Headers.TransferEncodingChunked = true;
            response = await client.SendAsync(request);
        }
        else
        {
            response = await client.UploadAsync("big.csv", csv);
        }

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(await client.GetStringAsync("/api/values.csv?code=LIVE_BIRTHS"), Does.Not.Contain("369"));
    }
}
