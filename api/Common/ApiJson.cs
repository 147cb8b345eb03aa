using System.Text.Json;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace EqualityTracker.Api.Common;

/// <summary>The JSON settings of every answer: camelCase, NodaTime types as ISO-8601 strings.</summary>
/// <remarks>
/// The same settings FastEndpoints is given in Program.cs (web defaults plus NodaTime), for answers serialized ahead of
/// time: cached progress is kept as UTF-8 bytes, so a cache hit costs no serialization.
/// </remarks>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>Applies the product's settings to options ASP.NET Core or FastEndpoints own (both start from web defaults).</summary>
    /// <remarks>
    /// Both serializers are configured here: FastEndpoints' for endpoint answers, ASP.NET Core's for results written with
    /// <c>TypedResults</c> (problem details and their extension members, such as a 412's <c>current</c>). One setting
    /// missing from either turned every <c>Instant</c> into <c>{}</c>.
    /// </remarks>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = true;
        return options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
    }
}
