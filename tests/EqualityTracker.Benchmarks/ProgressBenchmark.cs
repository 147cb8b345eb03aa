using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Dapper;
using EqualityTracker.Api.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace EqualityTracker.Benchmarks;

/// <summary>
/// National scale: all 63 provinces, about 700 districts and 10,000 communes (real ones for the seed provinces,
/// synthetic ones elsewhere), the seed indicators' raw quantities × sexes × 10 years per commune (≈ 3.0 million values),
/// against the real API (Release, Production, Kestrel on loopback, SQLite). For each leader's read — the Ninh Bình and
/// the national dashboards, SRB's progress and its ranking at Ninh Bình — it measures:
/// <list type="number">
/// <item>first: the first request after the process is ready (no answer kept; the national sums warmed before ready);</item>
/// <item>cold: the first request after a write (one small upload), three times;</item>
/// <item>warm: 50 concurrent clients for the given seconds, with <c>/health/live</c> (a small static answer of the
/// same server) as the ceiling;</item>
/// <item>under writes: the same 50 clients while the statistics office uploads 100 communes' counts every 2 seconds
/// (each upload advances the data version, so every answer is computed again after it).</item>
/// </list>
/// p50/p95/p99 and throughput for each. The load generator shares the machine's cores with the API.
/// </summary>
public static class ProgressBenchmark
{
    private const int Clients = 50;
    private const string Ceiling = "/health/live";

    private static readonly (string Name, string Url)[] Reads =
    [
        ("NB dashboard", "/api/plans/NB-2021-2025/progress?area=37"),
        ("VN dashboard", "/api/plans/VN-2021-2030/progress?area=VN"),
        ("SRB progress at 37", "/api/indicators/SRB/progress?area=37"),
        ("SRB ranking at 37", "/api/indicators/SRB/ranking?area=37"),
        ("SRB progress at VN", "/api/indicators/SRB/progress?area=VN"),
        ("SRB ranking at VN", "/api/indicators/SRB/ranking?area=VN"),
    ];

    /// <param name="seconds">How long each load runs.</param>
    /// <param name="prebuilt">A database made by <c>national-db</c> to copy instead of building one (2 minutes here).</param>
    public static async Task<int> RunAsync(int seconds, string? prebuilt)
    {
        var folder = Path.Combine(Path.GetTempPath(), "eqt-bench", "progress-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "national.db");
        try
        {
            var database = Database.Create(DatabaseProvider.Sqlite, $"Data Source={file}", folder);
            var watch = Stopwatch.StartNew();
            if (prebuilt is not null)
            {
                File.Copy(prebuilt, file);
                Console.WriteLine($"Copied {prebuilt} ({new FileInfo(file).Length / (1024 * 1024)} MB).");
            }
            else
            {
                await new MigrationRunner(database, SystemClock.Instance, NullLogger<MigrationRunner>.Instance).ApplyPendingAsync();
                var (districts, communes, values) = await LoadNationAsync(database);
                Console.WriteLine($"Loaded {districts:N0} districts, {communes:N0} communes and {values:N0} values in {watch.Elapsed.TotalSeconds:N0} s.");
            }

            await ApiProcess.AddUsersAsync(database, ("bench-statistics", "statistics", "PSO", "VN"));
            var allCommunes = await UploadBenchmark.CommunesAsync(database);
            SqliteConnection.ClearAllPools();

            var starting = Stopwatch.StartNew();
            using var api = await ApiProcess.StartAsync(file, folder, 5199, new Dictionary<string, string>
            {
                ["Serilog__MinimumLevel__Override__EqualityTracker.Api.Features.Uploads.Create.UploadImporter"] = "Warning",
            });
            // /health/ready answers 200 once the national sums are warmed (Progress:WarmUp), so this includes the warm-up.
            Console.WriteLine($"Process start to ready (includes the warm-up of the national sums): {starting.Elapsed.TotalMilliseconds:N0} ms");
            using var http = api.Client(Clients + 4);
            using var statistics = await api.SignedInAsync("bench-statistics");
            var random = new Random(11);
            var round = 0;
            string NextRound()
            {
                var csv = Path.Combine(folder, $"round-{round++ % 2}.csv");
                SoakBenchmark.WriteRound(csv, allCommunes, random);
                return csv;
            }

            async Task WriteAsync()
            {
                using var response = await SoakBenchmark.UploadAsync(statistics, NextRound(), "round.csv");
                response.EnsureSuccessStatusCode();
            }

            // The very first answer of each read after the process is ready: no answer kept, the national sums warmed.
            foreach (var (name, url) in Reads)
            {
                var (milliseconds, status) = await Latencies.MeasureAsync(() => http.GetAsync(url));
                Console.WriteLine($"{name,-20} first after start {milliseconds:N0} ms ({status})");
            }

            // Warm-up, not recorded: the JIT's tiers and the server GC's heaps settle before anything is measured.
            foreach (var url in Reads.Select(r => r.Url).Append(Ceiling))
            {
                await LoadAsync(http, url, 3, background: null);
            }

            Console.WriteLine($"Cold: the first request after a write (one upload of 100 communes' counts), three times; {Clients} clients for {seconds} s each below.");
            foreach (var (name, url) in Reads)
            {
                var cold = new List<double>();
                for (var i = 0; i < 3; i++)
                {
                    await WriteAsync();
                    var (milliseconds, status) = await Latencies.MeasureAsync(() => http.GetAsync(url));
                    cold.Add(status == 200 ? milliseconds : double.NaN);
                }

                var warm = await LoadAsync(http, url, seconds, background: null);
                Console.WriteLine($"{name,-20} cold {string.Join(", ", cold.Select(c => c.ToString("N0", CultureInfo.InvariantCulture)))} ms");
                Report($"{name,-20} warm", warm);
            }

            Report($"{"ceiling " + Ceiling,-20} warm", await LoadAsync(http, Ceiling, seconds, background: null));

            var errors = 0;
            foreach (var (name, url) in Reads)
            {
                var uploads = new Latencies();
                var underWrites = await LoadAsync(http, url, seconds, async () =>
                {
                    await uploads.TimeAsync(() => SoakBenchmark.UploadAsync(statistics, NextRound(), "round.csv"));
                    await Task.Delay(2000);
                });
                Report($"{name,-20} writes", underWrites);
                Console.WriteLine($"{"",-20}        uploads meanwhile: {uploads}");
                errors += underWrites.Errors + uploads.ServerErrors;
            }

            return errors == 0 ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Builds the national database into <paramref name="file"/> and keeps it (to look at its queries by hand).</summary>
    public static async Task<int> BuildAsync(string file)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        var database = Database.Create(DatabaseProvider.Sqlite, $"Data Source={file}", folder);
        await new MigrationRunner(database, SystemClock.Instance, NullLogger<MigrationRunner>.Instance).ApplyPendingAsync();
        var (districts, communes, values) = await LoadNationAsync(database);
        Console.WriteLine($"{file}: {districts:N0} districts, {communes:N0} communes, {values:N0} values.");
        SqliteConnection.ClearAllPools();
        return 0;
    }

    private static async Task<(int Districts, int Communes, long Values)> LoadNationAsync(Database database)
    {
        await using var connection = (SqliteConnection)await database.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        var provinces = (await connection.QueryAsync<string>("SELECT code FROM areas WHERE level = 1 AND code NOT IN (SELECT parent_code FROM areas WHERE parent_code IS NOT NULL)", transaction: transaction)).AsList();
        await using (var area = connection.CreateCommand())
        {
            area.Transaction = transaction;
            area.CommandText = "INSERT INTO areas (code, parent_code, level, kind_vi, name_vi, name_en) VALUES ($code, $parent, $level, $kind, $name, $name)";
            var (code, parent, level, kind, name) = (area.Parameters.Add("$code", SqliteType.Text), area.Parameters.Add("$parent", SqliteType.Text),
                area.Parameters.Add("$level", SqliteType.Integer), area.Parameters.Add("$kind", SqliteType.Text), area.Parameters.Add("$name", SqliteType.Text));
            foreach (var province in provinces)
            {
                for (var d = 1; d <= 11; d++)
                {
                    var district = $"S{province}{d:D2}";
                    (code.Value, parent.Value, level.Value, kind.Value, name.Value) = (district, province, 2, "Huyện", $"Synthetic district {district}");
                    area.ExecuteNonQuery();
                    for (var c = 1; c <= 15; c++)
                    {
                        (code.Value, parent.Value, level.Value, kind.Value, name.Value) = ($"{district}{c:D2}", district, 3, "Xã", $"Synthetic commune {district}{c:D2}");
                        area.ExecuteNonQuery();
                    }
                }
            }
        }

        var communes = (await connection.QueryAsync<string>("SELECT code FROM areas WHERE level = 3 ORDER BY code", transaction: transaction)).AsList();
        var districts = await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM areas WHERE level = 2", transaction: transaction);
        long values = 0;
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO data_values (measure_code, area_code, period, sex, value, entered_by, entered_at)
                VALUES ($code, $area, $period, $sex, $value, 'benchmark', '2026-01-01T00:00:00.0000000Z')
                """;
            var p = new[] { "$code", "$area", "$period", "$sex" }.Select(n => insert.Parameters.Add(n, SqliteType.Text)).Append(insert.Parameters.Add("$value", SqliteType.Real)).ToArray();
            insert.Prepare();
            var random = new Random(7);
            void Insert(string code, string area, int year, string sex, double value)
            {
                (p[0].Value, p[1].Value, p[2].Value, p[3].Value, p[4].Value) = (code, area, year.ToString(CultureInfo.InvariantCulture), sex, value);
                insert.ExecuteNonQuery();
                values++;
            }

            for (var year = 2016; year <= 2025; year++)
            {
                foreach (var commune in communes)
                {
                    foreach (var (code, sex, value) in Synthetic.Rows(random))
                    {
                        Insert(code, commune, year, sex, value);
                    }
                }

                // What Ninh Bình's other targets read: averages and directly entered percentages for the province.
                Insert("UNPAID_CARE_HOURS", "37", year, "F", 20 - (0.3 * (year - 2016)));
                Insert("UNPAID_CARE_HOURS", "37", year, "M", 10 + (0.2 * (year - 2016)));
                foreach (var code in new[] { "GBV_VICTIMS_SUPPORTED", "GBV_PERPETRATORS_COUNSELLED", "TRAFFICKING_VICTIMS_SUPPORTED", "SOCIAL_FACILITIES_GBV",
                             "GE_KNOWLEDGE_REACH", "ORGANISATIONS_BRIEFED", "COMMUNES_GE_NEWS", "BROADCASTERS_GE_PROGRAMME", "EM_PRIMARY_COMPLETION", "EM_LOWER_SECONDARY_COMPLETION" })
                {
                    Insert(code, "37", year, "_T", 50 + (3 * (year - 2016)));
                }

                Insert("GENDER_CURRICULUM", "37", year, "_T", year >= 2022 ? 1 : 0);
                Insert("LGBT_HEALTH_FACILITIES", "37", year, "_T", year >= 2024 ? 1 : 0);
            }
        }

        transaction.Commit();
        return (districts, communes.Count, values);
    }

    /// <summary><see cref="Clients"/> loops of GET url for the given seconds (bounded in time), latencies in milliseconds,
    /// with <paramref name="background"/> repeated beside them meanwhile (nothing, or an upload every 2 s).</summary>
    private static async Task<Load> LoadAsync(HttpClient http, string url, int seconds, Func<Task>? background)
    {
        var until = Stopwatch.StartNew();
        var latencies = new List<double>[Clients];
        var errors = 0;
        var workers = Enumerable.Range(0, Clients).Select(async i =>
        {
            latencies[i] = [];
            while (until.Elapsed.TotalSeconds < seconds)
            {
                var (milliseconds, status) = await Latencies.MeasureAsync(() => http.GetAsync(url, HttpCompletionOption.ResponseContentRead));
                latencies[i].Add(milliseconds);
                if (status != 200)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }).ToArray();
        var beside = Task.Run(async () =>
        {
            while (background is not null && until.Elapsed.TotalSeconds < seconds)
            {
                await background();
            }
        });
        await Task.WhenAll(workers.Append(beside));
        var all = latencies.SelectMany(l => l).Order().ToList();
        return new Load(all, all.Count / until.Elapsed.TotalSeconds, errors);
    }

    private static void Report(string name, Load load) =>
        Console.WriteLine($"{name}: {load.Throughput:N0} req/s, p50 {load.P(0.50):N1} ms, p95 {load.P(0.95):N1} ms, p99 {load.P(0.99):N1} ms, max {load.P(1):N0} ms, {load.Sorted.Count:N0} requests, {load.Errors} not 200");

    private sealed record Load(IReadOnlyList<double> Sorted, double Throughput, int Errors)
    {
        public double P(double q) => Sorted.Count == 0 ? double.NaN : Sorted[Math.Min(Sorted.Count - 1, (int)Math.Ceiling(q * Sorted.Count) - 1)];
    }
}
