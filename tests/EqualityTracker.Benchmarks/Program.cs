// Benchmarks. Not tests: run them by hand, read the figures, record them in the README.
//
//   dotnet run -c Release --project tests/EqualityTracker.Benchmarks -- upload [rows]
//   dotnet run -c Release --project tests/EqualityTracker.Benchmarks -- progress [seconds]
//   dotnet run -c Release --project tests/EqualityTracker.Benchmarks -- soak [minutes]
//
// upload:   UploadBenchmark — 1,000,000 rows through the API while readers read, against the bare engine.
// progress: ProgressBenchmark — national scale, 50 clients on plan progress against /health/live.
// soak:     SoakBenchmark — mixed load for minutes: readers, uploads, department writes, sign-ins.

using System.Globalization;
using EqualityTracker.Benchmarks;

int Argument(int fallback) => args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : fallback;

return args.FirstOrDefault() switch
{
    "progress" => await ProgressBenchmark.RunAsync(Argument(15)),
    "soak" => await SoakBenchmark.RunAsync(Argument(10)),
    _ => await UploadBenchmark.RunAsync(Argument(1_000_000)),
};
