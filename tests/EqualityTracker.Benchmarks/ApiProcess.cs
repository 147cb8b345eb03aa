using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Identity;
using Microsoft.AspNetCore.Identity;

namespace EqualityTracker.Benchmarks;

/// <summary>The real API as a separate process (Release build, Production, Kestrel on loopback) over a SQLite file.</summary>
public sealed class ApiProcess : IDisposable
{
    public const string Password = "Benchmark-Password-1";
    private readonly Process process;

    private ApiProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int Pid => process.Id;

    /// <summary>Starts the API on <paramref name="port"/> over the database file, with rate limits off (all clients share one address).</summary>
    public static async Task<ApiProcess> StartAsync(string file, string folder, int port, IReadOnlyDictionary<string, string>? settings = null)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "EqualityTracker.Api.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Default"] = $"Data Source={file}";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        start.Environment["Jwt__SigningKey"] = "benchmark-signing-key-" + Guid.NewGuid().ToString("N");
        start.Environment["RateLimits__AnonymousPerMinute"] = "0";
        start.Environment["Serilog__MinimumLevel__Override__EqualityTracker.Api.Features.Uploads.Create.UploadImporter"] = "Information";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { if (e.Data?.Contains("\"Upload ", StringComparison.Ordinal) == true || e.Data?.Contains("Upload {File}", StringComparison.Ordinal) == true) Console.WriteLine("  api: " + e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var api = new ApiProcess(process, new Uri($"http://127.0.0.1:{port}"));
        await api.WaitReadyAsync();
        return api;
    }

    /// <summary>Adds accounts straight into the database (Production has no development users).</summary>
    public static async Task AddUsersAsync(Database database, params (string Username, string Role, string? Agency, string Area)[] users)
    {
        var hasher = new PasswordHasher<UserAccount>();
        await using var connection = await database.OpenAsync();
        foreach (var (username, role, agency, area) in users)
        {
            var account = new UserAccount { Username = username, Role = role, DisplayName = username, AgencyCode = agency, AreaCode = area };
            await connection.ExecuteAsync(
                "INSERT INTO users (username, password_hash, role, display_name, agency_code, area_code) VALUES (@Username, @Hash, @Role, @Username, @Agency, @Area)",
                new { Username = username, Hash = hasher.HashPassword(account, Password), Role = role, Agency = agency, Area = area });
        }
    }

    public HttpClient Client(int connections = 64) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(30) })
        {
            BaseAddress = Address,
            Timeout = TimeSpan.FromMinutes(10),
        };

    public async Task<HttpClient> SignedInAsync(string username)
    {
        var client = Client();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Peak and current resident memory of the API process, in MB (VmHWM, VmRSS).</summary>
    public (long Peak, long Current) Memory()
    {
        long Read(string field)
        {
            var line = File.ReadLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal)) ?? $"{field} 0 kB";
            return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }

        return (Read("VmHWM:"), Read("VmRSS:"));
    }

    public void Dispose()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        process.Dispose();
    }

    private async Task WaitReadyAsync()
    {
        using var http = Client(2);
        for (var i = 0; i < 240; i++)
        {
            try
            {
                if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("The API did not become ready within 120 s.");
    }
}

/// <summary>Latencies of one kind of request, in milliseconds, and how many failed, by status.</summary>
public sealed class Latencies
{
    private readonly List<double> samples = [];
    private readonly Dictionary<int, int> statuses = [];

    public void Add(double milliseconds, int status)
    {
        lock (samples)
        {
            samples.Add(milliseconds);
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
        }
    }

    public int Count => samples.Count;

    public int ServerErrors => statuses.Where(s => s.Key >= 500 || s.Key == 0).Sum(s => s.Value);

    public double P(double q)
    {
        var sorted = samples.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
    }

    public string Statuses => string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(s.Key == 0 ? "no answer" : s.Key.ToString(CultureInfo.InvariantCulture))}: {s.Value:N0}"));

    public override string ToString() =>
        $"{Count:N0} requests, p50 {P(0.50):N1} ms, p95 {P(0.95):N1} ms, p99 {P(0.99):N1} ms, max {P(1):N1} ms ({Statuses})";

    /// <summary>Times one request and records it.</summary>
    public async Task TimeAsync(Func<Task<HttpResponseMessage>> send)
    {
        var (milliseconds, status) = await MeasureAsync(send);
        Add(milliseconds, status);
    }

    /// <summary>Times one request; a request that throws counts as status 0 (no answer).</summary>
    public static async Task<(double Milliseconds, int Status)> MeasureAsync(Func<Task<HttpResponseMessage>> send)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await send();
            await response.Content.ReadAsByteArrayAsync();
            return (watch.Elapsed.TotalMilliseconds, (int)response.StatusCode);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return (watch.Elapsed.TotalMilliseconds, 0);
        }
    }
}
