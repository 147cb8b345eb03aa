using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;
using EqualityTracker.Tests.Infrastructure.Contract;
using NodaTime;

namespace EqualityTracker.Tests.Contract;

/// <summary>
/// Every operation of <c>openapi.yaml</c>, called the way its users call it — successes, conditional requests and the
/// usual refusals — with every answer checked against the committed contract by <see cref="ContractRecorder"/> (as in
/// every other API test). The walk then proves it reached every operation, so a new endpoint cannot escape the check.
/// </summary>
public sealed class ContractWalkTests() : ApiTest(DatabaseProvider.Sqlite)
{
    private const string Plan = "NB-2021-2025";
    private const string Births = "/api/values/LIVE_BIRTHS/37/2025/F";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Jwt:Lifetime"] = "60.00:00:00" };

    [Test]
    public async Task EveryOperation_AnswersAsTheContractSays()
    {
        Factory.Clock.Reset(Instant.FromUtc(2025, 12, 1, 3, 0));
        using var statistics = await SignInAsync("statistics");
        using var doh = await SignInAsync("doh");
        using var admin = await SignInAsync("admin");

        await WalkPublicReadsAsync();
        await WalkSignInAsync();
        await WalkStatisticsOfficeAsync(statistics);
        await WalkDepartmentAndReviewAsync(doh, admin);
        await WalkRefusalsAsync(doh);
        await WalkReportsAsync(admin);
        await WalkDraftTargetsAsync(admin, doh);
        await WalkPlanAuthoringAsync(admin, doh);
        await WalkAreasInTimeAsync(admin, statistics);

        var reached = Factory.Contract.Seen.Select(s => s[..s.LastIndexOf(' ')]).ToHashSet();
        var operations = OpenApiContract.Committed.Operations.Select(op => op.Name).ToList();
        Assert.That(operations, Has.Count.GreaterThanOrEqualTo(35));
        Assert.That(operations.Where(op => !reached.Contains(op)), Is.Empty, "operations the walk never called");
        Assert.That(Factory.Contract.Seen, Is.SupersetOf(new[]
        {
            "PUT /api/values/{code}/{area}/{period}/{sex} 201", "PUT /api/values/{code}/{area}/{period}/{sex} 200",
            "PUT /api/values/{code}/{area}/{period}/{sex} 412", "PUT /api/values/{code}/{area}/{period}/{sex} 428",
            "DELETE /api/values/{code}/{area}/{period}/{sex} 204", "GET /api/plans/{code}/progress 304",
            "POST /api/uploads 422", "POST /api/uploads 409", "POST /api/auth/token 415", "POST /api/auth/token 413",
        }));
    }

    [Test]
    public void Contract_DeclaresTheVocabulariesAsEnums_AndThePeriodPattern()
    {
        var schemas = OpenApiContract.Committed.Document["components"]!["schemas"]!.AsObject();

        Assert.Multiple(() =>
        {
            Assert.That(Enum(schemas, "ValueResponse", "sex"), Is.EqualTo(new[] { "F", "M", "_T" }));
            Assert.That(Enum(schemas, "ValueResponse", "state"), Is.EqualTo(new[] { "draft", "submitted", "approved", "returned" }));
            Assert.That(Enum(schemas, "SubmissionsSubmissionResponse", "status"), Is.EqualTo(new[] { "submitted", "approved", "returned" }));
            Assert.That(Enum(schemas, "TargetProgress", "status"), Does.Contain("on_track").And.Contain("implausible"));
            Assert.That(Enum(schemas, "PlansProgressResponse", "method"), Is.EqualTo(new[] { "unsd", "opensdg" }));
            Assert.That(Enum(schemas, "MeGetResponse", "role"), Is.EqualTo(new[] { "admin", "statistics", "department", "leader" }));
            Assert.That(Enum(schemas, "TargetResponse", "comparator"), Is.EqualTo(new[] { ">=", ">", "<=", "<", "=" }));
            Assert.That((string?)schemas["ValueResponse"]!["properties"]!["period"]!["pattern"], Is.EqualTo(Api.Domain.Period.IdPattern));
        });
    }

    [Test]
    public void Contract_HasABearerScheme_AndEachOperationSaysWhetherItNeedsIt()
    {
        var document = OpenApiContract.Committed.Document;

        Assert.That((string?)document["components"]!["securitySchemes"]!["bearer"]!["scheme"], Is.EqualTo("bearer"));
        var byName = OpenApiContract.Committed.Operations.ToDictionary(op => op.Name);
        Assert.That(byName["PUT /api/values/{code}/{area}/{period}/{sex}"].Definition["security"]!.ToJsonString(), Is.EqualTo("""[{"bearer":[]}]"""));
        Assert.That(byName["GET /api/plans/{code}/progress"].Definition["security"]!.ToJsonString(), Is.EqualTo("""[{},{"bearer":[]}]"""), "public, a token widens it");
        Assert.That(byName["POST /api/auth/token"].Definition["parameters"], Is.Null, "the password travels in the body only");
        Assert.That(byName["POST /api/submissions/{id}/approve"].Definition["requestBody"], Is.Null, "approve reads no body");
    }

    private static IEnumerable<string?> Enum(JsonObject schemas, string schema, string property) =>
        schemas[schema]!["properties"]![property]!["enum"]!.AsArray().Select(v => (string?)v);

    private async Task WalkPublicReadsAsync()
    {
        foreach (var url in new[]
        {
            "/api/agencies", "/api/areas?level=1", "/api/areas?parent=37", "/api/areas/37", "/api/areas/00000", "/api/areas?level=9",
            "/api/demo", "/health/live", "/health/ready", "/api/indicators", "/api/indicators/SRB", "/api/indicators/NOPE",
            "/api/plans", "/api/plans?area=37", $"/api/plans/{Plan}", "/api/plans/NOPE", $"/api/plans/{Plan}/targets",
            $"/api/plans/{Plan}/targets?domain=health", $"/api/plans/{Plan}/progress?method=opensdg", $"/api/plans/{Plan}/progress?method=nope",
            $"/api/plans/{Plan}/report.csv", $"/api/plans/{Plan}/report.xlsx", "/api/indicators/SRB/progress?area=37",
            "/api/indicators/SRB/ranking?area=37", "/api/indicators/SRB/ranking?area=nowhere", "/api/me",
            "/api/plans/BS-2018/activities", "/api/plans/NB-2021-2025/activities?body=WU&year=2024", "/api/plans/BS-2018/activities?body=NOPE",
            "/api/plans/NOPE/activities", "/api/plans/QN-2011-2015/budget", "/api/plans/NOPE/budget",
        })
        {
            await Client.GetAsync(url);
        }

        var progress = await Client.GetAsync($"/api/plans/{Plan}/progress");
        var again = new HttpRequestMessage(HttpMethod.Get, $"/api/plans/{Plan}/progress");
        again.Headers.TryAddWithoutValidation("If-None-Match", progress.Headers.ETag!.ToString());
        Assert.That((await Client.SendAsync(again)).StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    private async Task WalkSignInAsync()
    {
        await Client.PostAsJsonAsync("/api/auth/token", new { username = "doh", password = "wrong" });
        await Client.PostAsJsonAsync("/api/auth/token", new { username = "" });
        await Client.PostAsync("/api/auth/token", new StringContent("username=doh", Encoding.UTF8, "text/plain"));
        await Client.PostAsync("/api/auth/token?password=x", JsonContent.Create(new { username = "doh", password = "x" }));
        await Client.PostAsync("/api/auth/token", JsonContent.Create(new { username = new string('a', 70_000), password = "x" }));
    }

    private static async Task WalkStatisticsOfficeAsync(HttpClient statistics)
    {
        await statistics.GetAsync($"/api/uploads/template?plan={Plan}");
        await statistics.GetAsync("/api/uploads");
        await statistics.GetAsync("/api/values.csv?area=37&from=2020&to=2025");
        await statistics.GetAsync("/api/values.csv?from=nope");
        await statistics.GetAsync("/api/indicators/SRB/values?area=37&from=2020&to=2025");
        await statistics.GetAsync($"/api/plans/{Plan}/values?area=37&period=2024");

        const string csv = "code,area,period,sex,value,note\nLIVE_BIRTHS,37,2024,F,9000,\nLIVE_BIRTHS,37,2024,M,10000,\n";
        await UploadAsync(statistics, csv, "?dryRun=true");
        await UploadAsync(statistics, csv, "");
        await UploadAsync(statistics, "code,area,period,sex,value,note\nLIVE_BIRTHS,37,2024,X,-5,\n", "");
        await UploadAsync(statistics, "code,area\n\"unbalanced,37\n", "");

        // A hand-entered value that an upload would replace needs confirming (409).
        const string boys = "/api/values/LIVE_BIRTHS/37/2023/M";
        var created = await statistics.PutAsJsonAsync(boys, new { value = 10100 });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(created.Headers.Location?.ToString(), Is.EqualTo(boys));
        await UploadAsync(statistics, "code,area,period,sex,value,note\nLIVE_BIRTHS,37,2023,M,10200,\n", "");

        await statistics.GetAsync(boys);
        await statistics.GetAsync(boys + "/history");
        await statistics.PutAsJsonAsync(boys, new { value = 10300 });
        await SendAsync(statistics, HttpMethod.Put, boys, "\"999\"", new { value = 10300 });
        var current = (await statistics.GetAsync(boys)).Headers.ETag!.ToString();
        var changed = await SendAsync(statistics, HttpMethod.Put, boys, current, new { value = 10300 });
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await SendAsync(statistics, HttpMethod.Delete, boys, null, null);
        await SendAsync(statistics, HttpMethod.Delete, boys, changed.Headers.ETag!.ToString(), null);
        await statistics.GetAsync("/api/values/LIVE_BIRTHS/37/1999/M");
    }

    private static async Task WalkDepartmentAndReviewAsync(HttpClient doh, HttpClient admin)
    {
        await doh.GetAsync($"/api/me");
        await doh.GetAsync($"/api/me/assignments?plan={Plan}&period=2025");
        await doh.PutAsJsonAsync(Births, new { value = 9000 });
        await doh.PutAsJsonAsync("/api/values/LIVE_BIRTHS/37/2025/M", new { value = 10000 });
        var submission = await (await doh.PostAsJsonAsync("/api/submissions", new { plan = Plan, period = "2025" })).ReadJsonAsync();
        var id = submission.GetProperty("id").GetInt32();
        await doh.PostAsJsonAsync("/api/submissions", new { plan = Plan, period = "2025" });
        await doh.GetAsync($"/api/submissions?plan={Plan}");
        await admin.GetAsync($"/api/submissions?plan={Plan}&period=2025&status=submitted");
        await admin.GetAsync($"/api/plans/{Plan}/timeliness?period=2025");
        await admin.PostAsJsonAsync($"/api/submissions/{id}/return", new { comment = "Kiểm tra lại / Check again" });
        await admin.PostAsync($"/api/submissions/{id}/approve", null);
        var again = await (await doh.PostAsJsonAsync("/api/submissions", new { plan = Plan, period = "2025" })).ReadJsonAsync();
        await admin.PostAsync($"/api/submissions/{again.GetProperty("id").GetInt32()}/approve", null);
        await admin.PostAsync("/api/submissions/99999/approve", null);
        await admin.PostAsJsonAsync("/api/reopenings", new { plan = Plan, period = "2025", agency = "DOH" });
        await admin.PostAsJsonAsync("/api/reopenings", new { plan = "NOPE", period = "2025", agency = "DOH" });
    }

    private async Task WalkRefusalsAsync(HttpClient doh)
    {
        await Client.PutAsJsonAsync(Births, new { value = 1 });
        await doh.GetAsync("/api/uploads");
        await doh.GetAsync($"/api/plans/{Plan}/timeliness?period=2025");
        await doh.PostAsync("/api/submissions/1/approve", null);
        await doh.PutAsJsonAsync("/api/values/LIVE_BIRTHS/37/2025/F?value=3", new { value = 3 });
    }

    private async Task WalkReportsAsync(HttpClient admin)
    {
        using var wu = await SignInAsync("wu");
        const string report = $"/api/plans/{Plan}/reports/37/WU/action-month/2025";
        await wu.GetAsync($"/api/me/activities?plan={Plan}&year=2025");
        await wu.GetAsync(report);
        var saved = await wu.PutAsJsonAsync(report, new
        {
            results = "12 buổi truyền thông",
            items = new[] { new { activity = "V.19.2", status = "done", additionalOutputs = new[] { new { unit = "person", description = "Học viên tập huấn", total = 40, female = 28, male = 12 } } } },
        });
        await wu.PutAsJsonAsync(report, new { results = "13 buổi" });
        await SendAsync(wu, HttpMethod.Put, report, "\"99\"", new { results = "13 buổi" });
        await wu.PutAsJsonAsync(report.Replace("action-month", "gbv", StringComparison.Ordinal), new { results = "x" });
        await SendAsync(wu, HttpMethod.Put, report, saved.Headers.ETag!.ToString(), new { items = new[] { new { activity = "I.1", status = "done" } } });
        await wu.PostAsync(report + "/submit", null);
        await wu.PostAsync(report + "/approve", null);
        await admin.PostAsJsonAsync(report + "/return", new { comment = "Bổ sung số người tham gia" });
        await admin.PostAsJsonAsync(report + "/return", new { comment = "" });
        await wu.PostAsync(report + "/submit", null);
        await admin.PostAsync(report + "/approve", null);
        await admin.PostAsync(report + "/reopen", null);
        await admin.PostAsync(report + "/reopen", null);
        await admin.GetAsync($"/api/plans/{Plan}/reports?year=2025");
        await admin.GetAsync($"/api/plans/{Plan}/annual-report.docx?period=2025");
        await admin.GetAsync($"/api/plans/{Plan}/annual-report.xlsx?period=2025");
        await admin.GetAsync($"/api/plans/{Plan}/annual-report.docx");
        await wu.GetAsync($"/api/plans/{Plan}/annual-report.xlsx?period=2025");
        await admin.GetAsync($"/api/plans/{Plan}/annual-report?period=2025");
        await admin.GetAsync($"/api/plans/NOPE/annual-report?period=2025");
        await wu.GetAsync($"/api/plans/{Plan}/annual-report?period=2025");
        await Client.GetAsync($"/api/plans/{Plan}/annual-report?period=2025");
        await admin.GetAsync($"/api/plans/{Plan}/annual-report");
        await Client.GetAsync($"/api/plans/{Plan}/execution?period=2025");
        await Client.GetAsync("/api/plans/TN-2017/execution");
        await Client.GetAsync("/api/plans/NOPE/execution");
        await Client.GetAsync($"/api/plans/{Plan}/execution?period=1");
        await wu.GetAsync("/api/plans/NOPE/reports");
        await Client.GetAsync(report);
    }

    private async Task WalkPlanAuthoringAsync(HttpClient admin, HttpClient doh)
    {
        const string code = "NB-WALK-2026";
        var created = await admin.PostAsJsonAsync("/api/plans", new
        {
            code, titleVi = "Kế hoạch 2026-2030", titleEn = "Plan 2026-2030", area = "37", startYear = 2026, endYear = 2030, implements = "VN-2021-2030",
        });
        await admin.PostAsJsonAsync("/api/plans", new { code, titleVi = "x", titleEn = "x", area = "37", startYear = 2026, endYear = 2030 });
        await admin.PostAsJsonAsync("/api/plans", new { code = "NB-WALK-BAD", titleVi = "x", titleEn = "x", area = "37", startYear = 2030, endYear = 2026 });
        await doh.PostAsJsonAsync("/api/plans", new { code = "NB-WALK-DOH", titleVi = "x", titleEn = "x", area = "37", startYear = 2026, endYear = 2030 });
        await Client.PostAsJsonAsync("/api/plans", new { code = "NB-WALK-ANON", titleVi = "x", titleEn = "x", area = "37", startYear = 2026, endYear = 2030 });
        await admin.GetAsync($"/api/plans/{code}/draft");
        await Client.GetAsync($"/api/plans/{code}/draft");
        await admin.GetAsync("/api/plans/NB-2021-2025/draft");

        var content = new
        {
            titleVi = "Kế hoạch 2026-2030", titleEn = "Plan 2026-2030", kind = "five-year", startYear = 2026, endYear = 2030, implements = "VN-2021-2030",
            legalBasisVi = "Nghị quyết số 28/NQ-CP", legalBasisEn = "Resolution 28/NQ-CP",
            objectives = new[] { new { number = 1, domain = "health", titleVi = "Y tế", titleEn = "Health" } },
            targets = new[] { new { objective = 1, number = "1", indicator = "SRB", comparator = "<=", value = 109, year = 2030, textVi = "SRB ≤ 109", textEn = "", lead = new[] { "DOH" } } },
        };
        async Task<HttpResponseMessage> Put(object body, string? etag)
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/plans/{code}") { Content = JsonContent.Create(body) };
            if (etag is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Match", etag);
            }

            return await admin.SendAsync(request);
        }

        await Put(content, null);
        await Put(content, "\"0.0\"");
        await Put(new { titleVi = "", titleEn = "", startYear = 2026, endYear = 2020 }, created.Headers.ETag!.Tag);
        await Put(content, created.Headers.ETag!.Tag);
        await admin.PostAsJsonAsync($"/api/plans/{code}/issue", new { decisionNumber = "", decisionDate = "2030-01-01" });
        await admin.PostAsJsonAsync($"/api/plans/{code}/issue", new { decisionNumber = "12/KH-UBND", decisionDate = "2025-11-20" });
        await admin.PostAsJsonAsync($"/api/plans/{code}/issue", new { decisionNumber = "12/KH-UBND", decisionDate = "2025-11-20" });
        await Put(content, "*");
        await admin.PostAsJsonAsync($"/api/plans/{code}/amend", new { decisionNumber = "13/QĐ-UBND" });
        await admin.PostAsJsonAsync($"/api/plans/{code}/amend", new { decisionNumber = "13/QĐ-UBND" });
        await doh.PostAsJsonAsync($"/api/plans/{code}/amend", new { });
        await admin.PostAsJsonAsync("/api/plans/NO-SUCH/amend", new { });
        await admin.GetAsync($"/api/plans/{code}/versions");
        await Client.GetAsync($"/api/plans/{code}/versions");
        await Client.GetAsync("/api/plans/NO-SUCH/versions");
        await Client.GetAsync($"/api/plans/{code}/versions/1");
        await admin.GetAsync($"/api/plans/{code}/versions/2");
        await Client.GetAsync($"/api/plans/{code}/versions/9");
        await admin.PostAsJsonAsync($"/api/plans/{code}/copy", new { newCode = "NB-WALK-2031", startYear = 2031, endYear = 2035 });
        await admin.PostAsJsonAsync($"/api/plans/{code}/copy", new { newCode = "NB-WALK-2031", startYear = 2031, endYear = 2035 });
        await admin.PostAsJsonAsync($"/api/plans/{code}/copy", new { newCode = "", startYear = 2031, endYear = 2035 });
        await admin.PostAsJsonAsync($"/api/plans/{code}/copy", new { newCode = "QN-WALK-2031", area = "22", startYear = 2031, endYear = 2035 });
        await admin.PostAsJsonAsync("/api/plans/NO-SUCH/copy", new { newCode = "X-1", startYear = 2031, endYear = 2035 });
        await Client.GetAsync("/api/plans/VN-2021-2030/below");
        await Client.GetAsync("/api/plans/NO-SUCH/below");
        await Client.GetAsync("/api/plans?area=38&below=true");
        await Client.GetAsync("/api/plans?implements=VN-2021-2030");
    }

    private static async Task WalkDraftTargetsAsync(HttpClient admin, HttpClient doh)
    {
        const string route = "/api/plans/drafts/targets";
        await admin.PostAsJsonAsync(route, new
        {
            text = "2. Mục tiêu cụ thể phấn đấu đến năm 2030\n- Chỉ tiêu 1: Tỷ số giới tính khi sinh ở mức 110 bé trai/100 bé gái vào năm 2028 và 109 vào năm 2030.\n" +
                   "- Chỉ tiêu 2: Nội dung về giới được đưa vào chương trình giảng dạy.\n- Chỉ tiêu 3: Phấn đấu 90% hộ gia đình có nhà vệ sinh; giảm 10% số vụ bạo lực.",
            year = 2030,
        });
        await admin.PostAsJsonAsync(route, new { text = "" });
        await doh.PostAsJsonAsync(route, new { text = "Đạt 60%" });
    }

    private async Task WalkAreasInTimeAsync(HttpClient admin, HttpClient statistics)
    {
        await Client.GetAsync("/api/areas?level=1&date=2026-01-01");
        await Client.GetAsync("/api/areas/37?date=2026-01-01");
        await Client.GetAsync("/api/areas/193?date=2026-01-01");
        await statistics.GetAsync("/api/indicators/SRB/values?area=37&date=2026-01-01&from=2021&to=2024");
        await admin.PostAsync("/api/areas/successions", Features.Areas.AreasInTimeTests.SuccessionsFile(
            "predecessor,successor,effective_date,share\n14368,14371,2025-07-01,0.5\n"));
        await admin.PostAsync("/api/areas/successions", Features.Areas.AreasInTimeTests.SuccessionsFile("predecessor,successor,effective_date\n99999,14371,2025-07-01\n"));
        await statistics.PostAsync("/api/areas/successions", Features.Areas.AreasInTimeTests.SuccessionsFile("predecessor,successor,effective_date\n"));
        await admin.PostAsync("/api/areas/successions", Features.Areas.AreasInTimeTests.SuccessionsFile(
            "predecessor,successor,effective_date\n14362,14362,2025-07-01\n14362,14365,2025-07-01\n"));
        await statistics.GetAsync("/api/indicators/SRB/values?area=14362&date=2026-01-01");
    }

    private static async Task UploadAsync(HttpClient client, string csv, string query)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "values.csv");
        await client.PostAsync("/api/uploads" + query, form);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string? ifMatch, object? body)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }
}
