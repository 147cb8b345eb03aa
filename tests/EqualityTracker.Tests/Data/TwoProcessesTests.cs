using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using EqualityTracker.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace EqualityTracker.Tests.Data;

/// <summary>Two real API processes on one SQLite file (WAL): they migrate once, see each other's writes, and lose nothing.</summary>
[NonParallelizable]
public sealed class TwoProcessesTests
{
    private readonly List<Process> processes = [];
    private string folder = "";
    private HttpClient a = null!;
    private HttpClient b = null!;

    [OneTimeSetUp]
    public async Task StartTwoProcessesTogether()
    {
        folder = Path.Combine(Path.GetTempPath(), "eqt-tests", "two-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var (portA, portB) = (FreePort(), FreePort());
        processes.Add(Start(portA));
        processes.Add(Start(portB));
        a = await SignedInAsync(portA);
        b = await SignedInAsync(portB);
    }

    [OneTimeTearDown]
    public void Stop()
    {
        foreach (var process in processes)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            process.Dispose();
        }

        a?.Dispose();
        b?.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task StartingTogether_TheyApplyEachMigrationOnce()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "shared.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*), COUNT(DISTINCT name) FROM schema_migrations";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();

        Assert.That(reader.GetInt32(0), Is.EqualTo(reader.GetInt32(1)));
        Assert.That(reader.GetInt32(0), Is.GreaterThanOrEqualTo(16));
    }

    [Test]
    public async Task AWriteThroughOne_IsInTheNextReadThroughTheOther()
    {
        const string progress = "/api/plans/NB-2021-2025/progress?area=37";
        var before = await b.GetAsync(progress);

        var write = await a.PutAsJsonAsync("/api/values/LIVE_BIRTHS/369/2021/F", new { value = 1000 });
        var after = await b.GetAsync(progress);
        var value = await (await b.GetAsync("/api/values/LIVE_BIRTHS/369/2021/F")).ReadJsonAsync();

        Assert.That(write.StatusCode, Is.EqualTo(HttpStatusCode.Created), await write.Content.ReadAsStringAsync());
        Assert.That(after.Headers.ETag, Is.Not.EqualTo(before.Headers.ETag), "the other process's cached progress is stale at once");
        Assert.That(value.GetProperty("value").GetDouble(), Is.EqualTo(1000));
    }

    [Test]
    public async Task ConcurrentConflictingWrites_SpreadOverBoth_OneWinsTheRestGet412()
    {
        var created = await a.PutAsJsonAsync("/api/values/LIVE_BIRTHS/370/2021/M", new { value = 500 });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var etag = created.Headers.ETag!.Tag;

        var writes = Enumerable.Range(0, 12).Select(i =>
        {
            var request = new HttpRequestMessage(HttpMethod.Put, "/api/values/LIVE_BIRTHS/370/2021/M") { Content = JsonContent.Create(new { value = 600 + i }) };
            request.Headers.TryAddWithoutValidation("If-Match", etag);
            return (i % 2 == 0 ? a : b).SendAsync(request);
        });
        var answers = await Task.WhenAll(writes);
        var history = await (await b.GetAsync("/api/values/LIVE_BIRTHS/370/2021/M/history")).ReadJsonAsync();

        Assert.That(answers.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(1));
        Assert.That(answers.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed), Is.EqualTo(11));
        Assert.That(history.GetArrayLength(), Is.EqualTo(2), "a create and exactly one change: nothing lost, nothing doubled");
    }

    [Test]
    public async Task WrongPasswords_SpreadOverBoth_AreCountedTogether_TheSixthTryWaitsOnEither()
    {
        // Arrange: anonymous clients of each process.
        using var toA = new HttpClient { BaseAddress = a.BaseAddress };
        using var toB = new HttpClient { BaseAddress = b.BaseAddress };

        // Act: five wrong passwords for one name, alternating between the processes (neither sees five alone), then
        // the right password on each.
        var wrong = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            wrong.Add((await (i % 2 == 0 ? toA : toB).PostAsJsonAsync("/api/auth/token", new { username = "doh", password = $"wrong-{i}" })).StatusCode);
        }

        var sixthOnA = await toA.PostAsJsonAsync("/api/auth/token", new { username = "doh", password = "Dev-Password-1" });
        var sixthOnB = await toB.PostAsJsonAsync("/api/auth/token", new { username = "doh", password = "Dev-Password-1" });

        // Assert
        Assert.That(wrong, Is.All.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(sixthOnA.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(sixthOnB.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(sixthOnB.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.FromMinutes(14)), "until the first failure leaves the 15-minute window");
    }

    private Process Start(int port)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(TestContext.CurrentContext.TestDirectory, "EqualityTracker.Api.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Default"] = $"Data Source={Path.Combine(folder, "shared.db")}";
        start.Environment["Jwt__SigningKey"] = "two-processes-share-this-signing-key-0123456789";
        start.Environment["Identity__SeedDevelopmentUsers"] = "true";
        start.Environment["Demo__Enabled"] = "false";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) TestContext.Progress.WriteLine($"[{port}] {e.Data}"); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) TestContext.Progress.WriteLine($"[{port}] {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    [Test]
    public async Task APlanIssuedThroughOne_PutsItsNewIndicatorInTheOthersCatalogue()
    {
        // B has its catalogue loaded before the plan exists.
        Assert.That((await b.GetAsync("/api/indicators/SRB/values?area=37")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var admin = new HttpClient { BaseAddress = a.BaseAddress };
        var token = await admin.PostAsJsonAsync("/api/auth/token", new { username = "admin", password = "Dev-Password-1" });
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await token.ReadJsonAsync()).GetProperty("accessToken").GetString());

        var created = await admin.PostAsJsonAsync("/api/plans", new { code = "NB-TWO-2026", titleVi = "Kế hoạch 2026", titleEn = "Plan 2026", area = "37", startYear = 2026, endYear = 2026 });
        using var put = new HttpRequestMessage(HttpMethod.Put, "/api/plans/NB-TWO-2026")
        {
            Content = JsonContent.Create(new
            {
                titleVi = "Kế hoạch 2026", titleEn = "Plan 2026", startYear = 2026, endYear = 2026, legalBasisVi = "NQ 28/NQ-CP",
                objectives = new[] { new { number = 1, domain = "health", titleVi = "Y tế" } },
                newIndicators = new[]
                {
                    new
                    {
                        code = "BOYS_SHARE_OF_BIRTHS", nameVi = "Tỷ lệ bé trai trong số trẻ sinh ra sống", domain = "health", unit = "percent", direction = "lower",
                        formula = new { factor = 100, numerator = "LIVE_BIRTHS", numeratorSex = "M", denominator = "LIVE_BIRTHS", denominatorSex = "_T" },
                    },
                },
                targets = new[] { new { objective = 1, number = "1", indicator = "BOYS_SHARE_OF_BIRTHS", comparator = "<=", value = 52, year = 2026 } },
            }),
        };
        put.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.Tag);
        Assert.That((await admin.SendAsync(put)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var issued = await admin.PostAsJsonAsync("/api/plans/NB-TWO-2026/issue", new { decisionNumber = "1/KH-UBND", decisionDate = "2026-01-05" });
        Assert.That(issued.StatusCode, Is.EqualTo(HttpStatusCode.OK), await issued.Content.ReadAsStringAsync());

        var throughB = await b.GetAsync("/api/indicators/BOYS_SHARE_OF_BIRTHS/values?area=37");
        var targetsThroughB = await (await b.GetAsync("/api/plans/NB-TWO-2026/targets")).ReadJsonAsync();

        Assert.That(throughB.StatusCode, Is.EqualTo(HttpStatusCode.OK), await throughB.Content.ReadAsStringAsync());
        Assert.That((await throughB.ReadJsonAsync()).GetProperty("formula").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Object), "B reloaded its catalogue");
        Assert.That(targetsThroughB.GetArrayLength(), Is.EqualTo(1));
    }

    private static async Task<HttpClient> SignedInAsync(int port)
    {
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        for (var i = 0; i < 240; i++)
        {
            try
            {
                if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(250);
        }

        var token = await client.PostAsJsonAsync("/api/auth/token", new { username = "statistics", password = "Dev-Password-1" });
        token.EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await token.ReadJsonAsync()).GetProperty("accessToken").GetString());
        return client;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
