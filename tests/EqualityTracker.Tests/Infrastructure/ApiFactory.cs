using System.Net.Http.Json;
using System.Text.Json;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure.Contract;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Testing;

namespace EqualityTracker.Tests.Infrastructure;

/// <summary>The real API, whole pipeline, over a <see cref="TestDatabase"/>.</summary>
/// <remarks>
/// Environment "Development" (the only one with development users): the users exist (password <c>Dev-Password-1</c>),
/// no demo data unless a test asks for it, and the clock is a
/// <see cref="FakeClock"/> at <see cref="Now"/> (15 June 2026, 10:00 in Viet Nam) unless a test moves it.
/// </remarks>
public sealed class ApiFactory(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null, string environment = "Development")
    : WebApplicationFactory<Program>
{
    public static readonly JsonSerializerOptions Json = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    public static readonly Instant Now = Instant.FromUtc(2026, 6, 15, 3, 0);

    public FakeClock Clock { get; } = new(Now);

    /// <summary>Every answer of this API checked against the committed <c>openapi.yaml</c>.</summary>
    public ContractRecorder Contract { get; } = new();

    /// <summary>Fails the current test if an answer since the last call broke the contract.</summary>
    public void AssertContractKept()
    {
        var violations = Contract.Take();
        if (violations.Count > 0)
        {
            Assert.Fail("Answers that break openapi.yaml:\n" + string.Join("\n", violations));
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Default", database.ConnectionString);
        builder.UseSetting("Jwt:SigningKey", "test-signing-key-0123456789-0123456789-0123456789");
        builder.UseSetting("Identity:SeedDevelopmentUsers", "true");
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Progress:WarmUp", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IClock>(Clock);
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new ContractRecorderStartup(Contract));
        });
    }

    /// <summary>A client signed in as one of the development users.</summary>
    public async Task<HttpClient> SignedInClientAsync(string username)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password = "Dev-Password-1" });
        response.EnsureSuccessStatusCode();
        var token = (await response.ReadJsonAsync()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Starts Kestrel on a free loopback port, for a real browser, and returns its base address.</summary>
    public Uri StartRealServer()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }
}

/// <summary>Reads JSON answers the way a client of the API would.</summary>
public static class HttpJson
{
    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(ApiFactory.Json))!;

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(ApiFactory.Json);
}

/// <summary>A fixture with a fresh database of one engine, migrated by the API at start-up, and an HTTP client.</summary>
public abstract class ApiTest(DatabaseProvider provider)
{
    private TestDatabase? database;

    protected DatabaseProvider Provider => provider;

    /// <summary>The fixture's database, for tests that look beneath the API (a second connection, a held lock).</summary>
    protected TestDatabase Database => database!;

    protected ApiFactory Factory { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartApi()
    {
        database = TestDatabase.Create(provider);
        Factory = new ApiFactory(database, Settings);
        Client = Factory.CreateClient();
    }

    /// <summary>Extra configuration for the fixture's API.</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    /// <summary>A client signed in as one of the development users.</summary>
    protected Task<HttpClient> SignInAsync(string username) => Factory.SignedInClientAsync(username);

    [TearDown]
    public void KeepContract() => Factory.AssertContractKept();

    [OneTimeTearDown]
    public void StopApi()
    {
        Client?.Dispose();
        Factory?.Dispose();
        database?.Dispose();
    }
}
