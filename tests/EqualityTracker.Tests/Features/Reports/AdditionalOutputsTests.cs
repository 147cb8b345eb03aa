using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;
using NodaTime;

namespace EqualityTracker.Tests.Features.Reports;

/// <summary>
/// Ninh Bình's Women's Union (wu) reports its 2024 Action Month under the only activity it leads (V.19.2), with the
/// outputs it achieved beyond the plan: training classes, and their trainees by sex.
/// </summary>
[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
public sealed class AdditionalOutputsTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string Url = "/api/plans/NB-2021-2025/reports/37/WU/action-month/2024";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Jwt:Lifetime"] = "60.00:00:00" };

    [SetUp]
    public async Task StartFromNothingFiled()
    {
        Factory.Clock.Reset(Instant.FromUtc(2024, 12, 14, 3, 0)); // the day before the Action Month's report is due
        await using var connection = await Database.Database.OpenAsync();
        foreach (var table in new[] { "activity_report_outputs", "activity_report_achieved_outputs", "activity_report_spending", "activity_report_items", "activity_reports" })
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, $"DELETE FROM {table}");
        }
    }

    private static object Report(params object[] additional) => new
    {
        results = "Tháng hành động: 4 lớp tập huấn kỹ năng phòng, chống bạo lực gia đình cho hội viên",
        items = new[] { new { activity = "V.19.2", status = "done", additionalOutputs = additional } },
    };

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    [Test]
    public async Task WomensUnion_FilesTheActionMonth_WithTraineesBySex_AndItIsApproved()
    {
        using var wu = await SignInAsync("wu");
        using var admin = await SignInAsync("admin");

        await OkAsync(await wu.PutAsJsonAsync(Url, Report(
            new { unit = "class", description = "Lớp tập huấn kỹ năng phòng, chống bạo lực gia đình", total = 4 },
            new { unit = "person", description = "Học viên tập huấn", total = 120, female = 85, male = 35 })));
        var submitted = await OkAsync(await wu.PostAsync(Url + "/submit", null));
        await OkAsync(await admin.PostAsync(Url + "/approve", null));
        var read = await OkAsync(await admin.GetAsync(Url));

        Assert.That(submitted.GetProperty("onTime").GetBoolean(), Is.True);
        var outputs = read.GetProperty("items")[0].GetProperty("additionalOutputs").EnumerateArray().ToList();
        Assert.That(outputs.Select(o => (o.GetProperty("unit").GetString(), o.GetProperty("total").GetInt32())), Is.EqualTo(new[] { ("class", 4), ("person", 120) }));
        Assert.That((outputs[1].GetProperty("female").GetInt32(), outputs[1].GetProperty("male").GetInt32()), Is.EqualTo((85, 35)));
        Assert.That(outputs[0].GetProperty("female").ValueKind, Is.EqualTo(JsonValueKind.Null), "a class is not counted by sex");
    }

    [Test]
    public async Task ChangingTheDraft_ReplacesItsAdditionalOutputs()
    {
        using var wu = await SignInAsync("wu");
        await OkAsync(await wu.PutAsJsonAsync(Url, Report(new { unit = "person", description = "Học viên", total = 10, female = 6, male = 4 })));

        var request = new HttpRequestMessage(HttpMethod.Put, Url) { Content = JsonContent.Create(Report(new { unit = "person", description = "Học viên", total = 12, female = 7 })) };
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        var changed = await OkAsync(await wu.SendAsync(request));

        var output = changed.GetProperty("items")[0].GetProperty("additionalOutputs").EnumerateArray().Single();
        Assert.That((output.GetProperty("total").GetInt32(), output.GetProperty("female").GetInt32(), output.GetProperty("male").ValueKind),
            Is.EqualTo((12, 7, JsonValueKind.Null)), "men not recorded: 5 trainees of unrecorded sex");
    }

    [TestCase("person", 40, 30, 15, "exceeds the total")]
    [TestCase("class", 4, 2, 2, "does not count people")]
    [TestCase("person", 12.5, null, null, "whole number")]
    [TestCase("person", -3, null, null, "whole number")]
    [TestCase("trainee", 3, null, null, "is not one of")]
    public async Task AnAdditionalOutputOutsideTheRules_Is400_AndNothingIsSaved(string unit, double total, int? female, int? male, string expected)
    {
        using var wu = await SignInAsync("wu");

        var response = await wu.PutAsJsonAsync(Url, Report(new { unit, description = "Học viên", total, female, male }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(expected));
        Assert.That((await OkAsync(await wu.GetAsync(Url))).GetProperty("version").GetInt32(), Is.EqualTo(0));
    }

    [Test]
    public async Task AnAdditionalOutput_NeedsADescription()
    {
        using var wu = await SignInAsync("wu");

        var response = await wu.PutAsJsonAsync(Url, Report(new { unit = "event", description = " ", total = 1 }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("description is required"));
    }
}
