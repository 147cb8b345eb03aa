// Benchmarks. Not tests: run them by hand, read the figures, record them in the README.
//
//   dotnet run -c Release --project tests/EqualityTracker.Benchmarks -- upload [rows]
//   dotnet run -c Release --project tests/EqualityTracker.Benchmarks -- progress [seconds] [national.db]
//   dotnet run -c Release --project tests/EqualityTracker.Benchmarks -- national-db [file]
//   dotnet run -c Release --project tests/EqualityTracker.Benchmarks -- soak [minutes]
//
// upload:   UploadBenchmark — 1,000,000 rows through the API while readers read, against the bare engine.
// progress: ProgressBenchmark — national scale: the leaders' reads cold, warm and under writes, 50 clients, against /health/live.
// national-db: builds the national database once into a file, for progress to copy (saves 2 minutes a run).
// soak:     SoakBenchmark — mixed load for minutes: readers, uploads, department writes, sign-ins.

using System.Globalization;
using EqualityTracker.Benchmarks;

int Argument(int fallback) => args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : fallback;

return args.FirstOrDefault() switch
{
    "progress" => await ProgressBenchmark.RunAsync(Argument(15), args.Length > 2 ? args[2] : null),
    "national-db" => await ProgressBenchmark.BuildAsync(args.Length > 1 ? args[1] : "national.db"),
    "soak" => await SoakBenchmark.RunAsync(Argument(10)),
    _ => await UploadBenchmark.RunAsync(Argument(1_000_000)),
};
