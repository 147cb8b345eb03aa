using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Dapper;
using EqualityTracker.Api.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace EqualityTracker.Benchmarks;

/// <summary>
/// A 1,000,000-row upload through the real API while leaders read, against the engine's bare insert rate.
/// </summary>
/// <remarks>
/// 1. Generates a CSV of real communes of the seed provinces × raw quantities × sexes × years.
/// 2. Baseline: a bare loop of one prepared INSERT per row in one transaction (WAL, synchronous=NORMAL, as the product
///    runs), once in file order and once with the rows sorted by key; the better rate is the ceiling.
/// 3. The product: the API as its own process (Release, Production); the statistics office POSTs the file to
///    /api/uploads while eight readers loop over the dashboard, an indicator's progress (computed on every request) and
///    an area. Readers' latencies are recorded only while the upload runs.
/// Prints both rates, their ratio (target ≥ 50%), the readers' p50/p95/p99 (target p99 &lt; 100 ms), and the API
/// process's peak resident memory (target &lt; 300 MB).
/// </remarks>
public static class UploadBenchmark
{
    private const int Readers = 8;
    private static readonly string[] ReadUrls = ["/api/plans/NB-2021-2025/progress?area=37", "/api/indicators/SRB/progress?area=37", "/api/areas/37"];

    public static async Task<int> RunAsync(int targetRows)
    {
        var folder = Path.Combine(Path.GetTempPath(), "eqt-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var productFile = Path.Combine(folder, "product.db");
            var product = await FreshDatabaseAsync(productFile, folder);
            await ApiProcess.AddUsersAsync(product, ("statistics", "statistics", "PSO", "VN"));
            var communes = await CommunesAsync(product);
            var csv = Path.Combine(folder, "upload.csv");
            var rows = Synthetic.WriteCsv(csv, communes, targetRows);
            Console.WriteLine($"Generated {rows:N0} rows ({new FileInfo(csv).Length / (1024 * 1024)} MB) for {communes.Count} communes of the seed provinces.");

            var inFileOrder = await BareInsertLoopAsync(await FreshDatabaseAsync(Path.Combine(folder, "baseline-1.db"), folder), csv, sorted: false);
            var sortedByKey = await BareInsertLoopAsync(await FreshDatabaseAsync(Path.Combine(folder, "baseline-2.db"), folder), csv, sorted: true);
            var ceiling = Math.Max(inFileOrder, sortedByKey);
            Console.WriteLine($"Baseline, bare prepared INSERT loop (WAL, synchronous=NORMAL): {inFileOrder:N0} rows/s in file order, {sortedByKey:N0} rows/s sorted by key");
            SqliteConnection.ClearAllPools();

            // 1. The rate: the upload alone.
            var (alone, aloneSeconds, peak) = await UploadAsync(productFile, folder, csv, readersToo: false);
            var rate = rows / aloneSeconds;
            Console.WriteLine($"Upload through the API, alone: {alone} in {aloneSeconds:N1} s: {rate:N0} rows/s");
            Console.WriteLine($"Ratio to the better baseline: {100 * rate / ceiling:N0}% (target ≥ 50%)");
            Console.WriteLine($"Peak resident memory of the API process (VmHWM): {peak} MB (target < 300 MB)");

            // 2. The readers: the same upload into another fresh database while eight clients read.
            var second = Path.Combine(folder, "product-2.db");
            await ApiProcess.AddUsersAsync(await FreshDatabaseAsync(second, folder), ("statistics", "statistics", "PSO", "VN"));
            SqliteConnection.ClearAllPools();
            var (withReaders, withReadersSeconds, _, during) = await UploadWithReadersAsync(second, folder, csv);
            Console.WriteLine($"Upload through the API with readers beside it: {withReaders} in {withReadersSeconds:N1} s");
            Console.WriteLine($"Readers during the upload ({Readers} clients: {string.Join(", ", ReadUrls)}): {during}");
            return alone.StartsWith("200", StringComparison.Ordinal) && withReaders.StartsWith("200", StringComparison.Ordinal) && during.ServerErrors == 0 ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(string Outcome, double Seconds, long Peak)> UploadAsync(string file, string folder, string csv, bool readersToo)
    {
        var (outcome, seconds, peak, _) = readersToo ? await UploadWithReadersAsync(file, folder, csv) : await RunAsync(file, folder, csv, readers: 0);
        return (outcome, seconds, peak);
    }

    private static Task<(string Outcome, double Seconds, long Peak, Latencies During)> UploadWithReadersAsync(string file, string folder, string csv) =>
        RunAsync(file, folder, csv, Readers);

    /// <summary>Starts the API on the file, uploads the CSV as the statistics office, with <paramref name="readers"/> clients reading meanwhile.</summary>
    private static async Task<(string Outcome, double Seconds, long Peak, Latencies During)> RunAsync(string file, string folder, string csv, int readers)
    {
        using var api = await ApiProcess.StartAsync(file, folder, 5198, new Dictionary<string, string> { ["Uploads__MaxBytes"] = (512L * 1024 * 1024).ToString(CultureInfo.InvariantCulture) });
        using var statistics = await api.SignedInAsync("statistics");
        using var reader = api.Client();
        foreach (var url in ReadUrls)
        {
            (await reader.GetAsync(url)).EnsureSuccessStatusCode();
        }

        var during = new Latencies();
        using var stop = new CancellationTokenSource();
        var uploading = true;
        var readerTasks = Enumerable.Range(0, readers).Select(async i =>
        {
            var n = i;
            while (!stop.IsCancellationRequested)
            {
                var (milliseconds, status) = await Latencies.MeasureAsync(() => reader.GetAsync(ReadUrls[n++ % ReadUrls.Length]));
                if (Volatile.Read(ref uploading))
                {
                    during.Add(milliseconds, status);
                }
            }
        }).ToArray();

        var watch = Stopwatch.StartNew();
        using var form = new MultipartFormDataContent();
        var content = new StreamContent(File.OpenRead(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(content, "file", "upload.csv");
        using var response = await statistics.PostAsync("/api/uploads", form);
        watch.Stop();
        Volatile.Write(ref uploading, false);
        await stop.CancelAsync();
        await Task.WhenAll(readerTasks);
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var inserted = report.TryGetProperty("inserted", out var i) ? i.GetInt32() : 0;
        var status = report.TryGetProperty("status", out var s) ? s.GetString() : report.GetProperty("title").GetString();
        return ($"{(int)response.StatusCode} {status}, {inserted:N0} inserted", watch.Elapsed.TotalSeconds, api.Memory().Peak, during);
    }

    public static async Task<Database> FreshDatabaseAsync(string file, string folder)
    {
        var database = Database.Create(DatabaseProvider.Sqlite, $"Data Source={file}", folder);
        await new MigrationRunner(database, SystemClock.Instance, NullLogger<MigrationRunner>.Instance).ApplyPendingAsync();
        return database;
    }

    public static async Task<List<string>> CommunesAsync(Database database)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<string>("SELECT code FROM areas WHERE level = 3 ORDER BY code")).AsList();
    }

    // The ceiling: read the same file's fields and insert them with one prepared command, nothing else.
    private static async Task<double> BareInsertLoopAsync(Database database, string csv, bool sorted)
    {
        var lines = File.ReadLines(csv).Skip(1).Select(line => line.Split(','));
        var rows = sorted ? lines.OrderBy(f => f[0], StringComparer.Ordinal).ThenBy(f => f[1], StringComparer.Ordinal).ThenBy(f => f[2], StringComparer.Ordinal).ThenBy(f => f[3], StringComparer.Ordinal).ToList() : null;
        await using var connection = (SqliteConnection)await database.OpenAsync();
        var watch = Stopwatch.StartNew();
        await using var transaction = connection.BeginTransaction();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO data_values (measure_code, area_code, period, sex, value, entered_by, entered_at)
            VALUES ($code, $area, $period, $sex, $value, 'benchmark', '2026-01-01T00:00:00.0000000Z')
            """;
        var parameters = new[] { "$code", "$area", "$period", "$sex", "$value" }.Select(name => insert.Parameters.Add(name, SqliteType.Text)).ToArray();
        parameters[4].SqliteType = SqliteType.Real;
        insert.Prepare();
        var count = 0;
        foreach (var fields in rows ?? lines)
        {
            for (var f = 0; f < 4; f++)
            {
                parameters[f].Value = fields[f];
            }

            parameters[4].Value = double.Parse(fields[4], CultureInfo.InvariantCulture);
            insert.ExecuteNonQuery();
            count++;
        }

        transaction.Commit();
        return count / watch.Elapsed.TotalSeconds;
    }
}
