using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Features.Plans;
using EqualityTracker.Api.Features.Plans.Authoring;
using EqualityTracker.Api.Shapes;
using EqualityTracker.Tests.Infrastructure;

namespace EqualityTracker.Tests.Features.Plans;

/// <summary>Plans written in the product: a draft, issued, amended, copied as the next plan, with its history.</summary>
[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
public sealed class PlanAuthoringTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string Code = "NB-2026-2030";

    private static object NewPlan(string area = "37", string code = Code, int start = 2026, int end = 2030) => new
    {
        code, titleVi = "Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 tỉnh Ninh Bình",
        titleEn = "Plan to implement the National Strategy on Gender Equality 2026-2030 in Ninh Binh province",
        area, startYear = start, endYear = end, implements = "VN-2021-2030",
        legalBasisVi = "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ", legalBasisEn = "Resolution 28/NQ-CP of 3 March 2021",
    };

    /// <summary>Two objectives, a target on SRB, a target on an indicator the plan defines, an activity with a budget line and a deadline.</summary>
    private static PlanContent Content(double srb = 110)
    {
        var content = new PlanContent
        {
            TitleVi = "Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 tỉnh Ninh Bình",
            TitleEn = "Plan to implement the National Strategy on Gender Equality 2026-2030 in Ninh Binh province",
            Kind = "five-year", StartYear = 2026, EndYear = 2030, Implements = "VN-2021-2030",
            LegalBasisVi = "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ", LegalBasisEn = "Resolution 28/NQ-CP of 3 March 2021",
            Objectives =
            [
                new PlanObjective { Number = 1, Domain = "health", TitleVi = "Mục tiêu 1: Trong lĩnh vực y tế", TitleEn = "Objective 1: Health" },
                new PlanObjective { Number = 2, Domain = "communication", TitleVi = "Mục tiêu 2: Thông tin, truyền thông", TitleEn = "Objective 2: Communication" },
            ],
            NewIndicators =
            [
                new PlanIndicator
                {
                    Code = "GIRLS_SHARE_OF_BIRTHS", NameVi = "Tỷ lệ bé gái trong số trẻ sinh ra sống", NameEn = "Girls' share of live births",
                    Domain = "health", Unit = "percent", Direction = "higher", Decimals = 1,
                    Formula = new PlanFormula { Factor = 100, Numerator = "LIVE_BIRTHS", NumeratorSex = "F", Denominator = "LIVE_BIRTHS", DenominatorSex = "_T" },
                },
            ],
            Targets =
            [
                new PlanTarget { Objective = 1, Number = "1", Indicator = "SRB", Comparator = "<=", Value = srb, Year = 2030, TextVi = $"Tỷ số giới tính khi sinh ở mức {srb}", Lead = ["DOH"] },
                new PlanTarget { Objective = 1, Number = "2", Indicator = "GIRLS_SHARE_OF_BIRTHS", Comparator = ">=", Value = 48, Year = 2030, TextVi = "Tỷ lệ bé gái đạt ít nhất 48%", Lead = ["DOH"], Coordinating = ["DOLISA"] },
            ],
            Activities =
            [
                new PlanActivity
                {
                    Number = "III.1", Domain = "communication", Objective = 2, TextVi = "Tổ chức Tháng hành động vì bình đẳng giới hằng năm",
                    Timing = "window", Start = "2026-11-15", End = "2026-12-15", Lead = ["DOLISA"], Coordinating = ["WU-37"],
                    Outputs = [new PlanOutput { Number = 1, TextVi = "Lễ phát động", Quantity = 1, Unit = "event" }],
                },
            ],
            Bodies = [new PlanBody { Code = "WU-37", Kind = "mass-organisation", NameVi = "Hội Liên hiệp Phụ nữ tỉnh", NameEn = "Provincial Women's Union", Agency = "WU" }],
            BudgetLines = [new PlanBudgetLine { Line = "I", TitleVi = "Truyền thông", LeadAgency = "DOLISA", Year = 2026, Source = "provincial", Planned = 300 }],
            Calendar = [new PlanEvent { Code = "annual-report", Kind = "deadline", PeriodType = "year", Month = 12, Day = 10, NameVi = "Báo cáo năm", NameEn = "Annual report" }],
        };
        return content;
    }

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, string code, PlanContent content, string? etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/plans/{code}") { Content = JsonContent.Create(content, options: ApiFactory.Json) };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return await client.SendAsync(request);
    }

    private async Task<string> CreateAsync(HttpClient admin, string area = "37", string code = Code)
    {
        var created = await admin.PostAsJsonAsync("/api/plans", NewPlan(area, code));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        return created.Headers.ETag!.Tag;
    }

    [Test]
    public async Task APlansLife_DraftIssueAmendIssueCopy_KeepsEveryVersion()
    {
        using var admin = await SignInAsync("admin");

        // Create: a draft, version 1, at its own Location.
        var created = await admin.PostAsJsonAsync("/api/plans", NewPlan());
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        Assert.That(created.Headers.Location!.ToString(), Is.EqualTo($"/api/plans/{Code}/draft"));
        var draft = await created.ReadAsync<PlanDraftResponse>();
        Assert.That((draft.Plan.Status, draft.Version, draft.Plan.Implements, draft.Plan.Version), Is.EqualTo(("draft", 1, "VN-2021-2030", 0)));

        // Update the whole draft.
        var put = await PutAsync(admin, Code, Content(), created.Headers.ETag!.Tag);
        Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.OK), await put.Content.ReadAsStringAsync());
        Assert.That((await put.ReadAsync<PlanDraftResponse>()).Content.Targets, Has.Count.EqualTo(2));
        Assert.That((await PutAsync(admin, Code, Content(), created.Headers.ETag!.Tag)).StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed), "stale ETag");
        Assert.That((await PutAsync(admin, Code, Content(), null)).StatusCode, Is.EqualTo((HttpStatusCode)428));

        // Until issued, readers do not see it and the ordinary reads do not know it.
        Assert.That((await Client.GetAsync($"/api/plans/{Code}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await Client.GetAsync($"/api/plans/{Code}/targets")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        // Issue: it becomes what everyone reads, the new indicator with it.
        var issued = await admin.PostAsJsonAsync($"/api/plans/{Code}/issue", new { decisionNumber = "12/KH-UBND", decisionDate = "2026-06-10" });
        Assert.That(issued.StatusCode, Is.EqualTo(HttpStatusCode.OK), await issued.Content.ReadAsStringAsync());
        var targets = await (await Client.GetAsync($"/api/plans/{Code}/targets")).ReadAsync<List<TargetResponse>>();
        Assert.That(targets.Select(t => (t.IndicatorCode, t.Comparator, t.Value, t.Year)), Is.EqualTo(new[] { ("SRB", "<=", 110m, 2030), ("GIRLS_SHARE_OF_BIRTHS", ">=", 48m, 2030) }));
        var progress = await Client.GetAsync($"/api/plans/{Code}/progress");
        Assert.That(progress.StatusCode, Is.EqualTo(HttpStatusCode.OK), await progress.Content.ReadAsStringAsync());
        var plan = await (await Client.GetAsync($"/api/plans/{Code}")).ReadJsonAsync();
        Assert.That((plan.GetProperty("plan").GetProperty("status").GetString(), plan.GetProperty("plan").GetProperty("decisionNumber").GetString()), Is.EqualTo(("issued", "12/KH-UBND")));
        using var statistics = await SignInAsync("statistics");
        foreach (var (sex, births) in new[] { ("F", 480), ("M", 520), ("_T", 1000) })
        {
            Assert.That((await statistics.PutAsJsonAsync($"/api/values/LIVE_BIRTHS/37/2025/{sex}", new { value = births })).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }

        // The formula issued with the plan is in the catalogue every process reads.
        var computed = await (await statistics.GetAsync("/api/indicators/GIRLS_SHARE_OF_BIRTHS/values?area=37")).ReadJsonAsync();
        Assert.That(computed.ToString(), Does.Contain("\"value\":48"), computed.ToString());
        var activities = await (await Client.GetAsync($"/api/plans/{Code}/activities")).ReadJsonAsync();
        Assert.That(activities.ToString(), Does.Contain("Hội Liên hiệp Phụ nữ tỉnh"));

        // Frozen: a change needs an amendment.
        var frozen = await PutAsync(admin, Code, Content(109), "*");
        Assert.That(frozen.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await frozen.Content.ReadAsStringAsync(), Does.Contain("amend"));

        // Amend: version 2 is a draft; readers still see version 1.
        var amended = await admin.PostAsJsonAsync($"/api/plans/{Code}/amend", new { decisionNumber = "45/QĐ-UBND" });
        Assert.That(amended.StatusCode, Is.EqualTo(HttpStatusCode.Created), await amended.Content.ReadAsStringAsync());
        var amendment = await amended.ReadAsync<PlanDraftResponse>();
        Assert.That((amendment.Version, amendment.Content.Targets.Count, amendment.Content.NewIndicators.Count), Is.EqualTo((2, 2, 0)));
        var changed = Content(109);
        changed.NewIndicators = [];
        Assert.That((await PutAsync(admin, Code, changed, amended.Headers.ETag!.Tag)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await (await Client.GetAsync($"/api/plans/{Code}/targets")).ReadAsync<List<TargetResponse>>())[0].Value, Is.EqualTo(110m));
        Assert.That((await admin.PostAsJsonAsync($"/api/plans/{Code}/amend", new { })).StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "one amendment at a time");

        var second = await admin.PostAsJsonAsync($"/api/plans/{Code}/issue", new { decisionDate = "2026-06-14" });
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK), await second.Content.ReadAsStringAsync());
        Assert.That((await (await Client.GetAsync($"/api/plans/{Code}/targets")).ReadAsync<List<TargetResponse>>())[0].Value, Is.EqualTo(109m));

        // History: both versions, with decision, date and who; version 1 as it was.
        var history = await (await Client.GetAsync($"/api/plans/{Code}/versions")).ReadAsync<List<PlanVersionResponse>>();
        Assert.That(history.Select(v => (v.Version, v.Status, v.Current, v.DecisionNumber, v.DecisionDate, v.IssuedBy)), Is.EqualTo(new[]
        {
            (1, "issued", false, (string?)"12/KH-UBND", (string?)"2026-06-10", (string?)"admin"), (2, "issued", true, "45/QĐ-UBND", "2026-06-14", "admin"),
        }));
        var first = await (await Client.GetAsync($"/api/plans/{Code}/versions/1")).ReadJsonAsync();
        Assert.That(first.GetProperty("content").GetProperty("targets")[0].GetProperty("value").GetDouble(), Is.EqualTo(110));

        // Copy as next plan: 2031–2035, targets moved by five years, as a draft.
        var copied = await admin.PostAsJsonAsync($"/api/plans/{Code}/copy", new { newCode = "NB-2031-2035", startYear = 2031, endYear = 2035 });
        Assert.That(copied.StatusCode, Is.EqualTo(HttpStatusCode.Created), await copied.Content.ReadAsStringAsync());
        var copy = await copied.ReadAsync<PlanDraftResponse>();
        Assert.Multiple(() =>
        {
            Assert.That((copy.Plan.Status, copy.Plan.Code, copy.Version), Is.EqualTo(("draft", "NB-2031-2035", 1)));
            Assert.That(copy.Content.TitleVi, Does.Contain("2031-2035"));
            Assert.That(copy.Content.Targets.Select(t => (t.Indicator, t.Year, t.Value)), Is.EqualTo(new[] { ("SRB", 2035, 109.0), ("GIRLS_SHARE_OF_BIRTHS", 2035, 48.0) }));
            Assert.That(copy.Content.Activities.Single().Start, Is.EqualTo("2031-11-15"));
            Assert.That(copy.Content.BudgetLines.Single().Year, Is.EqualTo(2031));
        });
    }

    [Test]
    public async Task AmendingASeededPlan_KeepsItsFirstVersionsContent()
    {
        using var admin = await SignInAsync("admin");
        var seeded = await (await Client.GetAsync("/api/plans/NB-2021-2025/targets")).ReadAsync<List<TargetResponse>>();

        var amended = await admin.PostAsJsonAsync("/api/plans/NB-2021-2025/amend", new { decisionNumber = "99/KH-UBND" });
        Assert.That(amended.StatusCode, Is.EqualTo(HttpStatusCode.Created), await amended.Content.ReadAsStringAsync());
        var draft = await amended.ReadAsync<PlanDraftResponse>();
        draft.Content.Targets.RemoveAt(0);
        Assert.That((await PutAsync(admin, "NB-2021-2025", draft.Content, amended.Headers.ETag!.Tag)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var issued = await admin.PostAsJsonAsync("/api/plans/NB-2021-2025/issue", new { decisionDate = "2026-06-01" });

        Assert.That(issued.StatusCode, Is.EqualTo(HttpStatusCode.OK), await issued.Content.ReadAsStringAsync());
        Assert.That(await (await Client.GetAsync("/api/plans/NB-2021-2025/targets")).ReadAsync<List<TargetResponse>>(), Has.Count.EqualTo(seeded.Count - 1));
        var first = await (await Client.GetAsync("/api/plans/NB-2021-2025/versions/1")).ReadJsonAsync();
        Assert.That(first.GetProperty("content").GetProperty("targets").GetArrayLength(), Is.EqualTo(seeded.Count));
        Assert.That(first.GetProperty("content").GetProperty("activities").GetArrayLength(), Is.GreaterThan(10));
        var history = await (await Client.GetAsync("/api/plans/NB-2021-2025/versions")).ReadAsync<List<PlanVersionResponse>>();
        Assert.That(history.Select(v => (v.Version, v.DecisionNumber, v.Current)), Is.EqualTo(new[] { (1, (string?)null, false), (2, "99/KH-UBND", true) }));
    }

    [TestCase("doh")]
    [TestCase("leader")]
    [TestCase("statistics")]
    public async Task OnlyACoordinatorCreates(string user)
    {
        using var client = await SignInAsync(user);

        var response = await client.PostAsJsonAsync("/api/plans", NewPlan());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task QuangNinhsCoordinator_CannotWriteANinhBinhPlan_NorSeeItsDraft()
    {
        using var quangNinh = await SignInAsync("admin-qn");
        using var admin = await SignInAsync("admin");
        using var leader = await SignInAsync("leader");
        using var national = await SignInAsync("admin-vn");

        Assert.That((await quangNinh.PostAsJsonAsync("/api/plans", NewPlan())).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        await CreateAsync(admin, code: "NB-QN-TEST");
        const string Code = "NB-QN-TEST";

        Assert.Multiple(async () =>
        {
            Assert.That((await quangNinh.GetAsync($"/api/plans/{Code}/draft")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await quangNinh.GetAsync($"/api/plans/{Code}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await leader.GetAsync($"/api/plans/{Code}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await leader.GetAsync($"/api/plans/{Code}/versions")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await (await leader.GetAsync("/api/plans")).ReadAsync<List<PlanSummary>>()).Select(p => p.Code), Does.Not.Contain(Code));
            Assert.That((await (await quangNinh.GetAsync("/api/plans")).ReadAsync<List<PlanSummary>>()).Select(p => p.Code), Does.Not.Contain(Code));
            Assert.That((await (await admin.GetAsync("/api/plans")).ReadAsync<List<PlanSummary>>()).Single(p => p.Code == Code).Status, Is.EqualTo("draft"));
            Assert.That((await national.GetAsync($"/api/plans/{Code}/draft")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the country's coordinator is above");
            Assert.That((await quangNinh.PutAsJsonAsync($"/api/plans/{Code}", Content())).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await quangNinh.PostAsJsonAsync($"/api/plans/NB-2021-2025/amend", new { })).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        });
    }

    [Test]
    public async Task AnAmendmentBeingWritten_IsShownToItsAuthorsOnly()
    {
        using var admin = await SignInAsync("admin-qn");
        using var leader = await SignInAsync("leader");
        Assert.That((await admin.PostAsJsonAsync("/api/plans/QN-2011-2015/amend", new { decisionNumber = "7/QĐ" })).StatusCode, Is.EqualTo(HttpStatusCode.Created));

        var forLeader = await (await leader.GetAsync("/api/plans/QN-2011-2015/versions")).ReadAsync<List<PlanVersionResponse>>();
        var forAdmin = await (await admin.GetAsync("/api/plans/QN-2011-2015/versions")).ReadAsync<List<PlanVersionResponse>>();
        var summary = await (await leader.GetAsync("/api/plans/QN-2011-2015")).ReadJsonAsync();

        Assert.That(forLeader.Select(v => v.Status), Is.EqualTo(new[] { "issued" }));
        Assert.That(forAdmin.Select(v => (v.Version, v.Status)), Is.EqualTo(new[] { (1, "issued"), (2, "draft") }));
        Assert.That(summary.GetProperty("plan").TryGetProperty("draftVersion", out var hidden) ? hidden.ValueKind : JsonValueKind.Null, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task Create_WithAPeriodBackwards_AnUnknownAreaOrATakenCode_IsRefused()
    {
        using var admin = await SignInAsync("admin");

        HttpResponseMessage backwards, unknown;
        var taken = await admin.PostAsJsonAsync("/api/plans", NewPlan(code: "NB-2021-2025"));
        backwards = await admin.PostAsJsonAsync("/api/plans", NewPlan(code: "NB-BACK", start: 2030, end: 2026));
        unknown = await admin.PostAsJsonAsync("/api/plans", NewPlan(code: "NB-NOWHERE", area: "99"));

        Assert.That(backwards.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await backwards.Content.ReadAsStringAsync(), Does.Contain("endYear"));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(taken.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task Update_NamesEveryWrongField()
    {
        using var admin = await SignInAsync("admin");
        const string Code = "NB-WRONG";
        var etag = await CreateAsync(admin, code: Code);
        var content = Content();
        content.Targets[0].Year = 2035;
        content.Targets[1].Indicator = "NO_SUCH_INDICATOR";
        content.NewIndicators.Clear();
        content.NewIndicators.Add(new PlanIndicator { Code = "SRB", NameVi = "x", Domain = "health", Unit = "percent", Direction = "higher" });
        content.Activities[0].Lead = ["NOBODY"];

        var response = await PutAsync(admin, Code, content, etag);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        var names = errors.EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
        Assert.That(names, Is.SupersetOf(new[] { "targets[0].year", "targets[1].indicator", "newIndicators[0].code", "activities[0].lead" }));
    }

    [Test]
    public async Task Issue_AnEmptyDraft_OrWithoutADecision_IsRefused()
    {
        using var admin = await SignInAsync("admin");
        const string Code = "NB-EMPTY";
        await CreateAsync(admin, code: Code);

        var empty = await admin.PostAsJsonAsync($"/api/plans/{Code}/issue", new { decisionNumber = "1/KH", decisionDate = "2026-06-01" });
        var undated = await admin.PostAsJsonAsync($"/api/plans/{Code}/issue", new { decisionNumber = "1/KH", decisionDate = "2026-07-01" });

        Assert.That(empty.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await empty.Content.ReadAsStringAsync(), Does.Contain("\"targets\""));
        Assert.That(await undated.Content.ReadAsStringAsync(), Does.Contain("decisionDate"), "after today");
        Assert.That((await Client.GetAsync($"/api/plans/{Code}/versions")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "still a draft");
    }

    [Test]
    public async Task BimSonsPlan_IsUnderThanhHoa_AndTheStrategiesListThePlansThatImplementThem()
    {
        var thanhHoa = await (await Client.GetAsync("/api/plans?area=38&below=true")).ReadAsync<List<PlanSummary>>();
        var onlyThanhHoa = await (await Client.GetAsync("/api/plans?area=38")).ReadAsync<List<PlanSummary>>();
        var strategy = await (await Client.GetAsync("/api/plans/VN-2011-2020/below")).ReadAsync<List<Api.Features.Plans.Below.Response>>();
        var implementing = await (await Client.GetAsync("/api/plans?implements=VN-2021-2030")).ReadAsync<List<PlanSummary>>();

        Assert.That(thanhHoa.Select(p => (p.Code, p.Status)), Is.EqualTo(new[] { ("BS-2018", "issued") }));
        Assert.That(onlyThanhHoa, Is.Empty);
        Assert.That(strategy.Select(b => (b.Plan.Code, b.Relation)), Is.EquivalentTo(new[]
        {
            ("QN-2011-2015", "implements"), ("PT-2016-2020", "implements"), ("TN-2017", "implements"), ("BS-2018", "implements"),
        }));
        Assert.That(implementing.Select(p => p.Code), Does.Contain("NB-2021-2025").And.Not.Contain("VN-2021-2030"));
        Assert.That(implementing.Select(p => p.Implements).Distinct(), Is.EqualTo(new[] { "VN-2021-2030" }));
    }

    [Test]
    public async Task AProvincesCascade_ListsItsTownsPlans_AndDraftsOnlyToAuthors()
    {
        using var thanhHoa = await SignInAsync("admin-th");
        var created = await thanhHoa.PostAsJsonAsync("/api/plans", new
        {
            code = "TH-2016-2020", titleVi = "Kế hoạch bình đẳng giới tỉnh Thanh Hóa 2016-2020", titleEn = "Thanh Hoa gender-equality plan 2016-2020",
            area = "38", startYear = 2016, endYear = 2020, implements = "VN-2011-2020",
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());

        Assert.That((await Client.GetAsync("/api/plans/TH-2016-2020/below")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "a draft, to readers");
        var below = await (await thanhHoa.GetAsync("/api/plans/TH-2016-2020/below")).ReadAsync<List<Api.Features.Plans.Below.Response>>();
        Assert.That(below.Select(b => (b.Plan.Code, b.Relation, b.Plan.AreaCode)), Is.EqualTo(new[] { ("BS-2018", "below", "381") }));
        var strategy = await (await Client.GetAsync("/api/plans/VN-2011-2020/below")).ReadAsync<List<Api.Features.Plans.Below.Response>>();
        Assert.That(strategy.Select(b => b.Plan.Code), Does.Not.Contain("TH-2016-2020"));
    }
}
