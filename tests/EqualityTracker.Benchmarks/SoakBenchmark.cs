using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Dapper;
using EqualityTracker.Api.Data;
using Microsoft.Data.Sqlite;

namespace EqualityTracker.Benchmarks;

/// <summary>
/// Minutes of mixed load on the real API (Release, Production, its own process, SQLite): leaders reading, the
/// statistics office uploading every five seconds, a department entering values with If-Match, people signing in
/// (and one guessing passwords). Reports every kind's latencies and statuses, the count of 5xx answers (target 0) and
/// the API's resident memory each minute (target: flat).
/// </summary>
public static class SoakBenchmark
{
    private static readonly string[] ReadUrls =
    [
        "/api/plans/NB-2021-2025/progress?area=37", "/api/indicators/SRB/progress?area=37", "/api/indicators/SRB/ranking?area=37",
        "/api/plans/NB-2021-2025", "/api/areas/37", "/api/plans/NB-2021-2025/progress?area=369",
    ];

    public static async Task<int> RunAsync(int minutes)
    {
        var folder = Path.Combine(Path.GetTempPath(), "eqt-bench", "soak-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var file = Path.Combine(folder, "soak.db");
            var database = await UploadBenchmark.FreshDatabaseAsync(file, folder);
            await ApiProcess.AddUsersAsync(database, ("statistics", "statistics", "PSO", "VN"), ("doh", "department", "DOH", "37"), ("leader", "leader", null, "37"));
            var communes = await UploadBenchmark.CommunesAsync(database);
            var districts = await DistrictsAsync(database);
            var seed = Path.Combine(folder, "seed.csv");
            var seeded = Synthetic.WriteCsv(seed, communes, communes.Count * Synthetic.RowsPerAreaYear * 10);
            SqliteConnection.ClearAllPools();

            using var api = await ApiProcess.StartAsync(file, folder, 5197);
            using var statistics = await api.SignedInAsync("statistics");
            using var doh = await api.SignedInAsync("doh");
            using var anonymous = api.Client();
            (await UploadAsync(statistics, seed, "seed.csv")).EnsureSuccessStatusCode();
            Console.WriteLine($"Seeded {seeded:N0} values for {communes.Count} communes; running {minutes} minutes of mixed load.");

            var kinds = new Dictionary<string, Latencies>
            {
                ["reads"] = new(), ["uploads"] = new(), ["department writes"] = new(), ["sign-ins"] = new(), ["wrong passwords"] = new(),
            };
            var memory = new List<long>();
            var until = Stopwatch.StartNew();
            var duration = TimeSpan.FromMinutes(minutes);
            bool Running() => until.Elapsed < duration;

            var readers = Enumerable.Range(0, 6).Select(async i =>
            {
                var n = i;
                while (Running())
                {
                    await kinds["reads"].TimeAsync(() => anonymous.GetAsync(ReadUrls[n++ % ReadUrls.Length]));
                }
            });
            var uploader = Task.Run(async () =>
            {
                var random = new Random(3);
                var round = 0;
                while (Running())
                {
                    var csv = Path.Combine(folder, $"round-{round++ % 2}.csv");
                    WriteRound(csv, communes, random);
                    await kinds["uploads"].TimeAsync(() => UploadAsync(statistics, csv, "round.csv"));
                    await Task.Delay(5000);
                }
            });
            var writers = Enumerable.Range(0, 2).Select(async i =>
            {
                var random = new Random(10 + i);
                while (Running())
                {
                    var url = $"/api/values/BIRTHS_WOMEN_15_19/{districts[random.Next(districts.Count)]}/2026/_T";
                    using var current = await doh.GetAsync(url);
                    var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(new { value = random.Next(1, 50) }) };
                    if (current.Headers.ETag is { } etag)
                    {
                        request.Headers.IfMatch.Add(etag);
                    }

                    await kinds["department writes"].TimeAsync(() => doh.SendAsync(request));
                    await Task.Delay(200);
                }
            });
            var signIns = Task.Run(async () =>
            {
                var n = 0;
                while (Running())
                {
                    await kinds["sign-ins"].TimeAsync(() => anonymous.PostAsJsonAsync("/api/auth/token", new { username = "leader", password = ApiProcess.Password }));
                    if (n++ % 5 == 0)
                    {
                        await kinds["wrong passwords"].TimeAsync(() => anonymous.PostAsJsonAsync("/api/auth/token", new { username = "intruder", password = $"guess-{n}" }));
                    }

                    await Task.Delay(1000);
                }
            });
            var sampler = Task.Run(async () =>
            {
                while (Running())
                {
                    memory.Add(api.Memory().Current);
                    await Task.Delay(TimeSpan.FromMinutes(1) / 2);
                }
            });

            await Task.WhenAll(readers.Concat(writers).Append(uploader).Append(signIns).Append(sampler));
            foreach (var (kind, latencies) in kinds)
            {
                Console.WriteLine($"{kind,-18} {latencies}");
            }

            var serverErrors = kinds.Values.Sum(k => k.ServerErrors);
            Console.WriteLine($"5xx answers (or none at all): {serverErrors} (target 0)");
            Console.WriteLine($"API resident memory every 30 s (MB): {string.Join(", ", memory)}; peak (VmHWM) {api.Memory().Peak} MB");
            return serverErrors == 0 ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<List<string>> DistrictsAsync(Database database)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<string>("SELECT code FROM areas WHERE parent_code = '37' ORDER BY code")).AsList();
    }

    internal static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string path, string name)
    {
        using var form = new MultipartFormDataContent();
        var file = new StreamContent(File.OpenRead(path));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", name);
        // The statistics office confirms its corrections of earlier years (periods locked for review).
        return await client.PostAsync("/api/uploads?confirm=all", form);
    }

    /// <summary>One round of the statistics office: 100 communes' 2024 counts, new values each time.</summary>
    internal static void WriteRound(string path, IReadOnlyList<string> communes, Random random)
    {
        var text = new StringBuilder("code,area,period,sex,value,note\n");
        foreach (var commune in Enumerable.Range(0, 100).Select(_ => communes[random.Next(communes.Count)]).Distinct())
        {
            foreach (var (code, sex, value) in Synthetic.Rows(random))
            {
                text.Append(CultureInfo.InvariantCulture, $"{code},{commune},2024,{sex},{value},\n");
            }
        }

        File.WriteAllText(path, text.ToString());
    }
}
