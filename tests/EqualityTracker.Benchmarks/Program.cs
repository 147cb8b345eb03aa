// Benchmarks. Not tests: run them by hand, read the figures, record them in the README.
//
//   dotnet run -c Release --project tests/EqualityTracker.Benchmarks -- upload [rows]
//   dotnet run -c Release --project tests/EqualityTracker.Benchmarks -- progress [seconds]
//
// upload:
// 1. Generates a CSV of real communes of the seed provinces × raw quantities × sexes × years (about 1,000,000 rows).
// 2. Baseline: a bare loop of one prepared INSERT per row, in one transaction, into an empty data_values table of a
//    fresh database of the same engine (SQLite) — the ceiling for writing these rows.
// 3. The product: the same file through UploadImporter (parse, validate every row, insert-if-absent, consistency and
//    outlier checks, commit) into another fresh database.
// Prints rows per second for both, their ratio (target ≥ 50%), and the process's peak resident memory (target < 300 MB).

using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dapper;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Features.Uploads.Create;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

if (args.FirstOrDefault() == "progress")
{
    return await EqualityTracker.Benchmarks.ProgressBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15);
}

var targetRows = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
var folder = Path.Combine(Path.GetTempPath(), "eqt-bench", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
var clock = SystemClock.Instance;

try
{
    var product = await FreshDatabaseAsync("product.db");
    var communes = await CommunesAsync(product);
    var csv = Path.Combine(folder, "upload.csv");
    var rows = WriteCsv(csv, communes, targetRows);
    Console.WriteLine($"Generated {rows:N0} rows ({new FileInfo(csv).Length / (1024 * 1024)} MB) for {communes.Count} communes of the seed provinces.");

    var baseline = await FreshDatabaseAsync("baseline.db");
    var baselineRate = await BareInsertLoopAsync(baseline, csv);
    Console.WriteLine($"Baseline, bare prepared INSERT loop: {baselineRate:N0} rows/s");

    var importer = new UploadImporter(product, clock, new DataVersion());
    var watch = Stopwatch.StartNew();
    var report = await importer.ImportAsync(csv, "upload.csv", dryRun: false, "benchmark");
    watch.Stop();
    var rate = report.Rows / watch.Elapsed.TotalSeconds;
    Console.WriteLine($"Upload pipeline: {report.Status}, {report.Inserted:N0} inserted, {report.Rejected:N0} rejected, {report.Flagged:N0} flagged " +
        $"in {watch.Elapsed.TotalSeconds:N1} s: {rate:N0} rows/s");
    Console.WriteLine($"Ratio to baseline: {100 * rate / baselineRate:N0}% (target ≥ 50%)");
    Console.WriteLine($"Peak resident memory of this process (VmHWM): {PeakResidentMegabytes()} MB (target < 300 MB)");
    return report.Status == "imported" ? 0 : 1;
}
finally
{
    SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}

async Task<Database> FreshDatabaseAsync(string name)
{
    var database = Database.Create(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, name)}", folder);
    await new MigrationRunner(database, clock, NullLogger<MigrationRunner>.Instance).ApplyPendingAsync();
    return database;
}

static async Task<List<string>> CommunesAsync(Database database)
{
    await using var connection = await database.OpenAsync();
    return (await connection.QueryAsync<string>("SELECT code FROM areas WHERE level = 3 ORDER BY code")).AsList();
}

static int WriteCsv(string path, IReadOnlyList<string> communes, int targetRows) => EqualityTracker.Benchmarks.Synthetic.WriteCsv(path, communes, targetRows);

// The ceiling: read the same file's fields and insert them with one prepared command, nothing else.
static async Task<double> BareInsertLoopAsync(Database database, string csv)
{
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
    var rows = 0;
    foreach (var line in File.ReadLines(csv).Skip(1))
    {
        var fields = line.Split(',');
        for (var i = 0; i < 4; i++)
        {
            parameters[i].Value = fields[i];
        }

        parameters[4].Value = double.Parse(fields[4], CultureInfo.InvariantCulture);
        insert.ExecuteNonQuery();
        rows++;
    }

    transaction.Commit();
    return rows / watch.Elapsed.TotalSeconds;
}

static long PeakResidentMegabytes()
{
    var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) ?? "VmHWM: 0 kB";
    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
}
