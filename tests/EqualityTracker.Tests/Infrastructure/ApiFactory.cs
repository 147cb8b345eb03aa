using System.Net.Http.Json;
using System.Text.Json;
using EqualityTracker.Api.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityTracker.Tests.Infrastructure;

/// <summary>The real API, whole pipeline, over a <see cref="TestDatabase"/>.</summary>
public sealed class ApiFactory(TestDatabase database) : WebApplicationFactory<Program>
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Default", database.ConnectionString);
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

    protected ApiFactory Factory { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartApi()
    {
        database = TestDatabase.Create(provider);
        Factory = new ApiFactory(database);
        Client = Factory.CreateClient();
    }

    [OneTimeTearDown]
    public void StopApi()
    {
        Client?.Dispose();
        Factory?.Dispose();
        database?.Dispose();
    }
}
