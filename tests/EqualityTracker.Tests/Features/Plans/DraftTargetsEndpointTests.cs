using System.Net;
using System.Net.Http.Json;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Features.Plans.DraftTargets;
using EqualityTracker.Api.Shapes;
using EqualityTracker.Tests.Infrastructure;

namespace EqualityTracker.Tests.Features.Plans;

/// <summary><c>POST /api/plans/drafts/targets</c>: a plan's author pastes the objectives section and gets draft targets.</summary>
[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
public sealed class DraftTargetsEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string Route = "/api/plans/drafts/targets";

    [Test]
    public async Task NinhBinhsObjectivesSection_GivesTheTargetsThePlanIsSeededWith()
    {
        var seed = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Shared, "seeds", "002_f1bf490ea2316ec8.txt"));
        var section = seed[seed.IndexOf("II. MỤC TIÊU", StringComparison.Ordinal)..seed.IndexOf("III. NHIỆM VỤ", StringComparison.Ordinal)];
        using var admin = await SignInAsync("admin");

        var response = await admin.PostAsJsonAsync(Route, new { text = section });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var drafted = await response.ReadAsync<Response>();
        var seeded = await (await Client.GetAsync("/api/plans/NB-2021-2025/targets")).ReadAsync<List<TargetResponse>>();
        // 5.1 (gender content in the curriculum) is a yes/no target with no number: no draft, and it says so.
        var quantified = seeded.Where(t => t.Unit != "yes_no").ToList();
        Assert.That(quantified, Has.Count.EqualTo(22));
        Assert.That(
            drafted.Drafts.Select(d => (d.Indicator?.Code, d.Comparator?.Comparator, (decimal)d.Value.Number, d.Unit?.Code, d.Year?.Year)),
            Is.EqualTo(quantified.Select(t => ((string?)t.IndicatorCode, (string?)t.Comparator, t.Value, (string?)t.Unit, (int?)t.Year))));
        var curriculum = drafted.Skipped.Single(s => s.Reason == "no-number" && s.Indicator is not null);
        Assert.That(curriculum.Indicator!.Code, Is.EqualTo(seeded.Single(t => t.Unit == "yes_no").IndicatorCode));

        var sexRatio = drafted.Drafts.Single(d => d.Indicator?.Code == "SRB");
        Assert.Multiple(() =>
        {
            Assert.That(sexRatio.Objective, Is.EqualTo("Mục tiêu 4: Trong lĩnh vực y tế"));
            Assert.That(sexRatio.Label, Is.EqualTo("Chỉ tiêu 1"));
            Assert.That((sexRatio.Comparator!.Phrase, sexRatio.Comparator.Source), Is.EqualTo(("ở mức", "direction")));
            Assert.That((sexRatio.Year!.Source, sexRatio.Year.Text), Is.EqualTo(("heading", "đến năm 2025")));
            Assert.That(section.Substring(sexRatio.Unit!.Span!.Start, sexRatio.Unit.Span.Length), Is.EqualTo("bé trai/100 bé gái"));
            Assert.That(drafted.Drafts.SelectMany(d => d.Missing), Is.Empty);
            Assert.That(drafted.Skipped.Count(s => s.Reason == "heading"), Is.EqualTo(9));
        });
    }

    [Test]
    public async Task TheRequestsYear_IsTheYearOfTargetsThatNameNone_AndTwoYearsGiveTwoTargets()
    {
        using var admin = await SignInAsync("admin");

        var drafted = await (await admin.PostAsJsonAsync(Route, new
        {
            text = "- Chỉ tiêu 1: Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt ít nhất 30%.\n" +
                   "- Chỉ tiêu 2: Tỷ số giới tính khi sinh ở mức 110 bé trai/100 bé gái sinh ra sống vào năm 2028 và 109 vào năm 2030.",
            year = 2030,
        })).ReadAsync<Response>();

        Assert.That(drafted.Drafts.Select(d => (d.Indicator?.Code, d.Comparator?.Comparator, d.Value.Number, d.Year?.Year, d.Year?.Source)), Is.EqualTo(new[]
        {
            ("ENTERPRISE_DIRECTORS_F", ">=", 30.0, 2030, "request"), ("SRB", "<=", 110.0, 2028, "sentence"), ("SRB", "<=", 109.0, 2030, "sentence"),
        }));
    }

    [Test]
    public async Task WithoutAToken_Is401()
    {
        var response = await Client.PostAsJsonAsync(Route, new { text = "Đạt 60% …" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [TestCase("doh")]
    [TestCase("statistics")]
    [TestCase("leader")]
    public async Task AnyoneButAPlanAuthor_Is403(string user)
    {
        using var client = await SignInAsync(user);

        var response = await client.PostAsJsonAsync(Route, new { text = "Đạt 60% …" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase("""{"text":""}""", "text")]
    [TestCase("""{"text":"   "}""", "text")]
    [TestCase("{}", "text")]
    [TestCase("""{"text":"Đạt 60%","year":1800}""", "year")]
    public async Task ABadRequest_Is400_NamingTheField(string body, string field)
    {
        using var admin = await SignInAsync("admin");

        var response = await admin.PostAsync(Route, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.ReadJsonAsync();
        Assert.That(problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("name").GetString()), Is.EqualTo(new[] { field }));
    }

    [Test]
    public async Task ATextOverTheLimit_Is413()
    {
        using var admin = await SignInAsync("admin");

        var response = await admin.PostAsJsonAsync(Route, new { text = new string('a', 70_000) });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
    }

    [Test]
    public void TheValidator_RefusesMoreThan64kBOfText_ShouldTheBodyLimitEverBeRaised()
    {
        var validator = new Request.Validator(); // "ạ" is 3 bytes of UTF-8: 21,845 of them are 65,535 bytes

        Assert.That(validator.Validate(new Request { Text = new string('ạ', 21_845) }).IsValid, Is.True);
        Assert.That(validator.Validate(new Request { Text = new string('ạ', 21_846) }).IsValid, Is.False);
    }
}
