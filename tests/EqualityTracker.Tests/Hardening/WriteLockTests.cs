using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace EqualityTracker.Tests.Hardening;

/// <summary>One bad or slow write never holds up another user: locks are released at once, waits are bounded.</summary>
public sealed class WriteLockTests() : ApiTest(DatabaseProvider.Sqlite)
{
    private HttpClient admin = null!;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Database:BusyTimeoutSeconds"] = "1" };

    [OneTimeSetUp]
    public async Task SignIn() => admin = await SignInAsync("admin");

    [OneTimeTearDown]
    public void SignOut() => admin?.Dispose();

    [TestCase("/api/values/MATERNAL_DEATHS/37/2024X/_T")]
    [TestCase("/api/values/MATERNAL_DEATHS/37/20245/_T")]
    [TestCase("/api/values/NOPE/37/2024/_T")]
    [TestCase("/api/values/MATERNAL_DEATHS/99999/2024/_T")]
    [TestCase("/api/values/MATERNAL_DEATHS/37/2024/W")]
    [TestCase("/api/values/LIVE_BIRTHS/37/2024/F?value=1")]
    public async Task MalformedWrite_IsRefused_AndTheNextWriteAnswersAtOnce(string url)
    {
        using var doh = await SignInAsync("doh");
        var bad = await doh.PutAsJsonAsync(url, new { value = 3 });
        var clock = Stopwatch.StartNew();

        var good = await admin.PutAsJsonAsync("/api/values/LIVE_BIRTHS/369/2023/F", new { value = 1000 + url.Length });

        Assert.That((int)bad.StatusCode, Is.InRange(400, 499), await bad.Content.ReadAsStringAsync());
        Assert.That(bad.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(good.StatusCode, Is.AnyOf(HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.PreconditionRequired));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(1)), "the bad write left no lock behind");
    }

    [Test]
    public async Task RouteValues_WithSpacesAndLowerCase_AreNormalisedBeforeTheyAreCheckedAndWritten()
    {
        var response = await admin.PutAsJsonAsync("/api/values/live_births/%20370/2022%20/f", new { value = 640 });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var stored = await (await admin.GetAsync("/api/values/LIVE_BIRTHS/370/2022/F")).ReadJsonAsync();
        Assert.That((stored.GetProperty("code").GetString(), stored.GetProperty("period").GetString(), stored.GetProperty("sex").GetString()),
            Is.EqualTo(("LIVE_BIRTHS", "2022", "F")));
    }

    [Test]
    public async Task Write_WhileAnotherHoldsTheLockPastTheTimeout_Answers503WithRetryAfter_AndReadsGoOn()
    {
        await using var holder = new SqliteConnection(Database.ConnectionString);
        await holder.OpenAsync();
        await using (var begin = holder.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE; INSERT INTO uploads (file_name, uploaded_by, uploaded_at, dry_run, status, row_count, inserted, updated, unchanged, rejected, flagged, blank) VALUES ('held', 'test', '2026-06-15T03:00:00.0000000Z', 0, 'rejected', 0, 0, 0, 0, 0, 0, 0);";
            await begin.ExecuteNonQueryAsync();
        }

        try
        {
            var read = Stopwatch.StartNew();
            var plan = await Client.GetAsync("/api/plans/NB-2021-2025");
            read.Stop();

            var write = await admin.PutAsJsonAsync("/api/values/LIVE_BIRTHS/372/2019/M", new { value = 700 });

            Assert.That(plan.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(read.Elapsed, Is.LessThan(TimeSpan.FromMilliseconds(500)), "a reader never waits for a writer (WAL)");
            Assert.That(write.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(write.Headers.RetryAfter?.Delta, Is.Not.Null);
            Assert.That(write.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That((await write.ReadJsonAsync()).GetProperty("detail").GetString(), Does.Contain("thử lại").And.Contain("Try again"));
        }
        finally
        {
            await using var rollback = holder.CreateCommand();
            rollback.CommandText = "ROLLBACK";
            await rollback.ExecuteNonQueryAsync();
        }

        var after = await admin.PutAsJsonAsync("/api/values/LIVE_BIRTHS/372/2019/M", new { value = 700 });
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Created), "nothing was left half-written");
    }

    [Test]
    public async Task Database_IsInWalMode_WithSynchronousNormalOnEveryConnection()
    {
        await using var connection = await Database.Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        var mode = (string?)await command.ExecuteScalarAsync();
        command.CommandText = "PRAGMA synchronous";
        var synchronous = Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);

        Assert.That(mode, Is.EqualTo("wal"));
        Assert.That(synchronous, Is.EqualTo(1), "1 = NORMAL");
    }
}
