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
    public static JsonSerializerOptions Options { get; } =
        new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
}
