using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;
using NodaTime;

namespace EqualityTracker.Tests.Features.Review;

/// <summary>
/// Ninh Bình 2025: the annual report is due 10 December 2025 and the period locks 15 days later (25 December, inclusive,
/// Viet Nam's time). Health (doh) enters its values, submits; the coordinator returns, then approves; approved values
/// are locked until reopened.
/// </summary>
[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
public sealed class ReviewFlowTests(DatabaseProvider provider) : ApiTest(provider)
{
    private static readonly Instant FirstOfDecember = Instant.FromUtc(2025, 12, 1, 3, 0);

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Jwt:Lifetime"] = "60.00:00:00" };

    [SetUp]
    public void SetClock() => Factory.Clock.Reset(FirstOfDecember);

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        Assert.That((int)response.StatusCode, Is.LessThan(300), await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, string url, double value, string? etag = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(new { value }) };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return await client.SendAsync(request);
    }

    [Test]
    public async Task Assignments_ForHealth_AreItsFourTargetsToEdit_WithTheirFieldsAndDueDate()
    {
        using var doh = await SignInAsync("doh");

        var body = await Json(await doh.GetAsync("/api/me/assignments?plan=NB-2021-2025&period=2025"));

        var targets = body.GetProperty("targets").EnumerateArray().ToList();
        Assert.That(targets.Select(t => $"{t.GetProperty("objective").GetInt32()}.{t.GetProperty("number").GetString()}"), Is.EqualTo(new[] { "4.1", "4.2", "4.3", "4.4" }));
        Assert.That(targets.Select(t => t.GetProperty("editable").GetBoolean()), Is.All.True);
        Assert.That(targets[0].GetProperty("fields").EnumerateArray().Select(f => $"{f.GetProperty("code").GetString()}[{f.GetProperty("sex").GetString()}]"),
            Is.EqualTo(new[] { "LIVE_BIRTHS[M]", "LIVE_BIRTHS[F]" }));
        Assert.That(body.GetProperty("dueDate").GetString(), Is.EqualTo("2025-12-10"));
        Assert.That(body.GetProperty("lockDate").GetString(), Is.EqualTo("2025-12-25"));
        Assert.That(body.GetProperty("locked").GetBoolean(), Is.False);
    }

    [Test]
    public async Task Assignments_ForTheCommunicationsDepartment_ShowWhatItCoordinatesReadOnly()
    {
        using var dcs = await SignInAsync("dcs");

        var targets = (await Json(await dcs.GetAsync("/api/me/assignments?plan=NB-2021-2025&period=2025"))).GetProperty("targets").EnumerateArray().ToList();

        Assert.That(targets.Select(t => (t.GetProperty("number").GetString(), t.GetProperty("role").GetString(), t.GetProperty("editable").GetBoolean())),
            Is.EqualTo(new[] { ("2a", "lead", true), ("2b", "lead", true) }));
    }

    [Test]
    public async Task SubmitReturnResubmitApproveReopen_MovesEachValueThroughItsStates()
    {
        using var doh = await SignInAsync("doh");
        using var admin = await SignInAsync("admin");
        const string girls = "/api/values/LIVE_BIRTHS/37/2025/F";
        await PutAsync(doh, girls, 9000);
        await PutAsync(doh, "/api/values/LIVE_BIRTHS/37/2025/M", 10000);

        // Submitted: locked for the department.
        var submission = await Json(await doh.PostAsJsonAsync("/api/submissions", new { plan = "NB-2021-2025", period = "2025" }));
        Assert.That(submission.GetProperty("status").GetString(), Is.EqualTo("submitted"));
        Assert.That(submission.GetProperty("onTime").GetBoolean(), Is.True);
        Assert.That(submission.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("state").GetString()), Is.All.EqualTo("submitted"));
        Assert.That((await PutAsync(doh, girls, 9100, "\"1\"")).StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var id = submission.GetProperty("id").GetInt32();
        var queue = await Json(await admin.GetAsync("/api/submissions?plan=NB-2021-2025&period=2025&status=submitted"));
        Assert.That(queue.EnumerateArray().Select(s => s.GetProperty("id").GetInt32()), Does.Contain(id));

        // Returned with a comment: editable again.
        var returned = await Json(await admin.PostAsJsonAsync($"/api/submissions/{id}/return", new { comment = "Số trẻ gái thấp bất thường" }));
        Assert.That((returned.GetProperty("status").GetString(), returned.GetProperty("comment").GetString()), Is.EqualTo(("returned", "Số trẻ gái thấp bất thường")));
        Assert.That((await Json(await doh.GetAsync(girls))).GetProperty("state").GetString(), Is.EqualTo("returned"));
        Assert.That((await PutAsync(doh, girls, 9400, "\"1\"")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Json(await doh.GetAsync(girls))).GetProperty("state").GetString(), Is.EqualTo("draft"));
        Assert.That((await admin.PostAsJsonAsync($"/api/submissions/{id}/approve", new { })).StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "a returned submission cannot be approved");

        // Resubmitted and approved: locked, until the coordinator reopens it.
        var again = await Json(await doh.PostAsJsonAsync("/api/submissions", new { plan = "NB-2021-2025", period = "2025" }));
        var approved = await Json(await admin.PostAsJsonAsync($"/api/submissions/{again.GetProperty("id").GetInt32()}/approve", new { }));
        Assert.That(approved.GetProperty("status").GetString(), Is.EqualTo("approved"));
        Assert.That((await Json(await doh.GetAsync(girls))).GetProperty("state").GetString(), Is.EqualTo("approved"));
        var locked = await PutAsync(doh, girls, 9500, "\"2\"");
        Assert.That(locked.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await locked.ReadJsonAsync()).GetProperty("detail").GetString(), Does.Contain("approved"));
        var approvedOnly = await Json(await doh.GetAsync("/api/plans/NB-2021-2025/values?area=37&period=2025&approvedOnly=true"));
        Assert.That(approvedOnly.EnumerateArray().Select(v => v.GetProperty("code").GetString()), Does.Contain("LIVE_BIRTHS"));

        await Json(await admin.PostAsJsonAsync("/api/reopenings", new { plan = "NB-2021-2025", period = "2025", agency = "DOH" }));
        Assert.That((await PutAsync(doh, girls, 9500, "\"2\"")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Period_LocksAfterItsLockDateInVietNam_UntilReopenedForThatAgency()
    {
        using var dic = await SignInAsync("dic");
        using var admin = await SignInAsync("admin");
        const string url = "/api/values/COMMUNES_GE_NEWS/37/2025/_T";

        Factory.Clock.Reset(Instant.FromUtc(2025, 12, 25, 16, 59, 59));
        Assert.That((await PutAsync(dic, url, 90)).StatusCode, Is.EqualTo(HttpStatusCode.Created), "23:59:59 on 25 December in Viet Nam: still open");

        Factory.Clock.Reset(Instant.FromUtc(2025, 12, 25, 17, 0, 0));
        var locked = await PutAsync(dic, url, 95, "\"1\"");
        Assert.That(locked.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "00:00 on 26 December in Viet Nam: locked");
        Assert.That((await locked.ReadJsonAsync()).GetProperty("detail").GetString(), Does.Contain("locked on 2025-12-26"));
        Assert.That((await Json(await dic.GetAsync("/api/me/assignments?plan=NB-2021-2025&period=2025"))).GetProperty("locked").GetBoolean(), Is.True);

        await Json(await admin.PostAsJsonAsync("/api/reopenings", new { plan = "NB-2021-2025", period = "2025", agency = "DIC" }));
        Assert.That((await PutAsync(dic, url, 95, "\"1\"")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var doh = await SignInAsync("doh");
        Assert.That((await PutAsync(doh, "/api/values/LGBT_HEALTH_FACILITIES/37/2025/_T", 1)).StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "reopened for DIC only");
    }

    [Test]
    public async Task Timeliness_CountsOnTimeLateAndMissing_AroundMidnightInVietNam_LateFirst()
    {
        using var admin = await SignInAsync("admin");
        using var doet = await SignInAsync("doet");
        using var dpi = await SignInAsync("dpi");

        // DOET: everything entered and submitted at 23:59:59 on the due date in Viet Nam — on time.
        foreach (var (code, sex) in new[] { ("GENDER_CURRICULUM", "_T"), ("EM_PRIMARY_COMPLETION", "F"), ("EM_PRIMARY_COMPLETION", "M"), ("EM_PRIMARY_COMPLETION", "_T"),
                     ("EM_LOWER_SECONDARY_COMPLETION", "F"), ("EM_LOWER_SECONDARY_COMPLETION", "M"), ("EM_LOWER_SECONDARY_COMPLETION", "_T") })
        {
            await PutAsync(doet, $"/api/values/{code}/37/2025/{sex}", 1);
        }

        Factory.Clock.Reset(Instant.FromUtc(2025, 12, 10, 16, 59, 59));
        await Json(await doet.PostAsJsonAsync("/api/submissions", new { plan = "NB-2021-2025", period = "2025" }));

        // DPI: submitted one second later, 00:00 on 11 December in Viet Nam — late.
        Factory.Clock.Reset(FirstOfDecember);
        await PutAsync(dpi, "/api/values/ENTERPRISE_DIRECTORS/37/2025/F", 300);
        await PutAsync(dpi, "/api/values/ENTERPRISE_DIRECTORS/37/2025/_T", 1400);
        Factory.Clock.Reset(Instant.FromUtc(2025, 12, 10, 17, 0, 0));
        await Json(await dpi.PostAsJsonAsync("/api/submissions", new { plan = "NB-2021-2025", period = "2025" }));

        var body = await Json(await admin.GetAsync("/api/plans/NB-2021-2025/timeliness?period=2025"));

        var rows = body.GetProperty("agencies").EnumerateArray().ToDictionary(a => a.GetProperty("agency").GetString()!);
        Assert.That(body.GetProperty("dueDate").GetString(), Is.EqualTo("2025-12-10"));
        Assert.That(body.GetProperty("today").GetString(), Is.EqualTo("2025-12-11"));
        Assert.That(Counts(rows["DOET"]), Is.EqualTo((3, 3, 0, 0, false)), "5.1, 5.2a and 5.2b");
        Assert.That(Counts(rows["DPI"]), Is.EqualTo((1, 0, 1, 0, true)));
        Assert.That(Counts(rows["DOH"]), Is.EqualTo((4, 0, 0, 4, true)), "nothing submitted past the due date");
        var order = body.GetProperty("agencies").EnumerateArray().Select(a => a.GetProperty("isLate").GetBoolean()).ToList();
        Assert.That(order, Is.Ordered.Descending, "late ones first");
        Assert.That(body.GetProperty("late").EnumerateArray().Select(a => a.GetString()), Does.Contain("DPI").And.Contain("DOH").And.Not.Contain("DOET"));
    }

    private static (int Expected, int OnTime, int Late, int Missing, bool IsLate) Counts(JsonElement row) =>
        (row.GetProperty("expected").GetInt32(), row.GetProperty("onTime").GetInt32(), row.GetProperty("late").GetInt32(),
         row.GetProperty("missing").GetInt32(), row.GetProperty("isLate").GetBoolean());
}
