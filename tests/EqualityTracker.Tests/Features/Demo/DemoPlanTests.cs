using System.Net;
using System.Net.Http.Json;
using Dapper;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Features.Demo;
using EqualityTracker.Api.Shapes;
using EqualityTracker.Tests.Infrastructure;

namespace EqualityTracker.Tests.Features.Demo;

/// <summary>The Development demo tells the new story: a draft "Ninh Bình 2026–2030" on the map since 1 July 2025, its
/// baselines summed from the three old provinces, which a leader sees, labelled, once the coordinator issues it.</summary>
public sealed class DemoPlanTests() : ApiTest(DatabaseProvider.Sqlite)
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Demo:Enabled"] = "true" };

    private const string BirthsSql = """
        SELECT area_code AS Area, sex AS Sex, value AS Value FROM data_values
        WHERE measure_code = 'LIVE_BIRTHS' AND period = '2025' AND area_code IN ('37', '35', '36') AND sex IN ('F', 'M') AND deleted = 0
        """;

    [Test]
    public async Task TheDemo_HasADraftOnTheNewNinhBinh_WhoseBaselinesAreTheThreeOldProvincesSummed_AndALeaderSeesThemLabelledOnceIssued()
    {
        // Arrange: the hand sum of the 2025 births of old Ninh Bình, Hà Nam and Nam Định (province counts; old Ninh Bình's
        // from its districts where it has no count of its own).
        using var admin = await SignInAsync("admin");
        using var leader = await SignInAsync("leader");
        await using var connection = await Database.Database.OpenAsync();
        var births = (await connection.QueryAsync<(string Area, string Sex, double Value)>(BirthsSql)).ToList();
        var districts = (await connection.QueryAsync<(string Sex, double Value)>("""
            SELECT v.sex, SUM(v.value) FROM data_values v JOIN areas a ON a.code = v.area_code
            WHERE v.measure_code = 'LIVE_BIRTHS' AND v.period = '2025' AND a.parent_code = '37' AND v.sex IN ('F', 'M') AND v.deleted = 0
            GROUP BY v.sex
            """)).ToDictionary(r => r.Sex, r => r.Value);
        double Sum(string sex) => births.Where(b => b.Sex == sex && b.Area != "37").Sum(b => b.Value)
            + (births.Any(b => b.Area == "37") ? births.Where(b => b.Sex == sex && b.Area == "37").Sum(b => b.Value) : districts[sex]);
        var handSrb = 100 * Sum("M") / Sum("F");

        // Act: the draft as its author and as a leader; then issued, and read by the leader.
        var asAuthor = await admin.GetAsync($"/api/plans/{DemoPlan.Code}");
        var asLeader = await leader.GetAsync($"/api/plans/{DemoPlan.Code}");
        var draft = await (await admin.GetAsync($"/api/plans/{DemoPlan.Code}/draft")).ReadJsonAsync();
        var issued = await admin.PostAsJsonAsync($"/api/plans/{DemoPlan.Code}/issue", new { decisionNumber = "123/KH-UBND", decisionDate = "2026-06-01" });
        var progress = await (await leader.GetAsync($"/api/plans/{DemoPlan.Code}/progress")).ReadJsonAsync();

        // Assert
        Assert.That(asAuthor.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var plan = (await asAuthor.ReadJsonAsync()).GetProperty("plan");
        Assert.That((plan.GetProperty("status").GetString(), plan.GetProperty("areaCode").GetString(), plan.GetProperty("areaUnit").GetString()),
            Is.EqualTo(("draft", "37", "37@2025-07-01")), "on the new Ninh Bình, which keeps code 37");
        Assert.That(asLeader.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "a draft is its authors' only");
        var srbDraft = draft.GetProperty("content").GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("indicator").GetString() == "SRB");
        Assert.That(srbDraft.GetProperty("baselineYear").GetInt32(), Is.EqualTo(2025));
        Assert.That(srbDraft.GetProperty("baselineValue").GetDouble(), Is.EqualTo(handSrb).Within(1e-9), "the three old provinces' boys and girls summed, then divided");
        Assert.That(srbDraft.GetProperty("textVi").GetString(), Does.Contain("Hà Nam"));

        Assert.That((int)issued.StatusCode, Is.InRange(200, 299), await issued.Content.ReadAsStringAsync());
        var srb = progress.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("indicatorCode").GetString() == "SRB");
        var baseline = srb.GetProperty("baseline");
        Assert.That(baseline.GetProperty("year").GetInt32(), Is.EqualTo(2025));
        Assert.That(baseline.GetProperty("value").GetDouble(), Is.EqualTo(handSrb).Within(1e-6));
        Assert.That(baseline.GetProperty("predecessors").EnumerateArray().Select(p => p.GetProperty("code").GetString()), Is.EquivalentTo(new[] { "37", "35", "36" }),
            "labelled: computed from the old provinces");
        Assert.That(baseline.GetProperty("predecessors").EnumerateArray().Select(p => p.GetProperty("nameVi").GetString()), Has.Some.Contains("Nam Định"));
    }

    [Test]
    public async Task APlanWrittenForTheNewNinhBinh_WithNoBaselineGiven_IsMeasuredFromItsPredecessorsSums_Labelled()
    {
        // Arrange: a coordinator writes and issues a 2026–2030 plan for code 37 (the new Ninh Bình) with one target and no baseline.
        using var admin = await SignInAsync("admin");
        using var leader = await SignInAsync("leader");
        var created = await admin.PostAsJsonAsync("/api/plans", new
        {
            code = "NB-W-2026-2030", titleVi = "Kế hoạch bình đẳng giới 2026-2030", titleEn = "Gender equality plan 2026-2030", area = "37",
            startYear = 2026, endYear = 2030, implements = "VN-2021-2030",
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var content = new PlanContent
        {
            TitleVi = "Kế hoạch bình đẳng giới 2026-2030", TitleEn = "Gender equality plan 2026-2030", Kind = "five-year", StartYear = 2026, EndYear = 2030,
            Implements = "VN-2021-2030", LegalBasisVi = "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ", LegalBasisEn = "Resolution 28/NQ-CP",
            Objectives = [new PlanObjective { Number = 1, Domain = "health", TitleVi = "Y tế", TitleEn = "Health" }],
            Targets = [new PlanTarget { Objective = 1, Number = "1", Indicator = "SRB", Comparator = "<=", Value = 109, Year = 2030, TextVi = "Tỷ số giới tính khi sinh ở mức 109", Lead = ["DOH"] }],
        };
        using var put = new HttpRequestMessage(HttpMethod.Put, "/api/plans/NB-W-2026-2030") { Content = JsonContent.Create(content, options: ApiFactory.Json) };
        put.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.Tag);
        var saved = await admin.SendAsync(put);
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await saved.Content.ReadAsStringAsync());
        var issued = await admin.PostAsJsonAsync("/api/plans/NB-W-2026-2030/issue", new { decisionNumber = "45/KH-UBND", decisionDate = "2026-06-01" });
        Assert.That((int)issued.StatusCode, Is.InRange(200, 299), await issued.Content.ReadAsStringAsync());

        // Act
        var progress = await (await leader.GetAsync("/api/plans/NB-W-2026-2030/progress")).ReadJsonAsync();

        // Assert: the baseline is the year before the plan, a year the new province did not exist: its predecessors' sum, named.
        var srb = progress.GetProperty("targets").EnumerateArray().Single();
        var baseline = srb.GetProperty("baseline");
        Assert.That(baseline.GetProperty("year").GetInt32(), Is.LessThanOrEqualTo(2025));
        Assert.That(baseline.GetProperty("predecessors").EnumerateArray().Select(p => p.GetProperty("code").GetString()), Is.EquivalentTo(new[] { "37", "35", "36" }));
        Assert.That(srb.GetProperty("series").EnumerateArray().All(p => p.TryGetProperty("predecessors", out _)), Is.True, "every year so far is the old provinces' sum");
    }
}
