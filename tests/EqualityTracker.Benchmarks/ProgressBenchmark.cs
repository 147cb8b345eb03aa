using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Dapper;
using EqualityTracker.Api.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace EqualityTracker.Benchmarks;

/// <summary>
/// National scale: all 63 provinces, about 700 districts and 11,000 communes (real ones for the seed provinces,
/// synthetic ones elsewhere), the seed indicators' raw quantities × sexes × 10 years per commune (≈ 3.2 million values),
/// then 50 concurrent clients on GET /api/plans/NB-2021-2025/progress against the real API (Release, Production, Kestrel
/// on loopback), and the same load on GET /health/live — a small static JSON answer of the same server — as the ceiling.
/// </summary>
public static class ProgressBenchmark
{
    private const int Clients = 50;
    private const string Progress = "/api/plans/NB-2021-2025/progress";
    private const string Ceiling = "/health/live";

    public static async Task<int> RunAsync(int seconds)
    {
        var folder = Path.Combine(Path.GetTempPath(), "eqt-bench", "progress-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "national.db");
        try
        {
            var database = Database.Create(DatabaseProvider.Sqlite, $"Data Source={file}", folder);
            await new MigrationRunner(database, SystemClock.Instance, NullLogger<MigrationRunner>.Instance).ApplyPendingAsync();
            var watch = Stopwatch.StartNew();
            var (districts, communes, values) = await LoadNationAsync(database);
            Console.WriteLine($"Loaded {districts:N0} districts, {communes:N0} communes and {values:N0} values in {watch.Elapsed.TotalSeconds:N0} s.");
            SqliteConnection.ClearAllPools();

            using var api = await ApiProcess.StartAsync(file, folder, 5199);
            {
                using var http = api.Client(Clients);

                var first = Stopwatch.StartNew();
                (await http.GetAsync(Progress)).EnsureSuccessStatusCode();
                Console.WriteLine($"First progress request (computed from the database): {first.Elapsed.TotalMilliseconds:N0} ms");

                var ceiling = await LoadAsync(http, Ceiling, seconds);
                var progress = await LoadAsync(http, Progress, seconds);
                Report("ceiling  " + Ceiling, ceiling);
                Report("progress " + Progress, progress);
                Console.WriteLine($"Progress throughput is {100 * progress.Throughput / ceiling.Throughput:N0}% of the ceiling (target ≥ 30%); p95 {progress.P(0.95):N1} ms (target < 50 ms)");
                return progress.Errors == 0 ? 0 : 1;
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
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

    /// <summary>Clients loops of GET url for the given seconds (bounded in time), latencies in milliseconds.</summary>
    private static async Task<Load> LoadAsync(HttpClient http, string url, int seconds)
    {
        var until = Stopwatch.StartNew();
        var latencies = new List<double>[Clients];
        var errors = 0;
        var workers = Enumerable.Range(0, Clients).Select(async i =>
        {
            latencies[i] = [];
            while (until.Elapsed.TotalSeconds < seconds)
            {
                var one = Stopwatch.StartNew();
                using var response = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead);
                await response.Content.ReadAsByteArrayAsync();
                latencies[i].Add(one.Elapsed.TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }).ToArray();
        await Task.WhenAll(workers);
        var all = latencies.SelectMany(l => l).Order().ToList();
        return new Load(all, all.Count / until.Elapsed.TotalSeconds, errors);
    }

    private static void Report(string name, Load load) =>
        Console.WriteLine($"{name}: {load.Throughput:N0} req/s, p50 {load.P(0.50):N1} ms, p95 {load.P(0.95):N1} ms, p99 {load.P(0.99):N1} ms, {load.Errors} errors");

    private sealed record Load(IReadOnlyList<double> Sorted, double Throughput, int Errors)
    {
        public double P(double q) => Sorted.Count == 0 ? double.NaN : Sorted[Math.Min(Sorted.Count - 1, (int)Math.Ceiling(q * Sorted.Count) - 1)];
    }
}
