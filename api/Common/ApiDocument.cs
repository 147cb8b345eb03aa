using Microsoft.OpenApi;
using NodaTime;

namespace EqualityTracker.Api.Common;

/// <summary>The OpenAPI document served at <c>/swagger/v1/swagger.json</c> and committed as <c>openapi.yaml</c>.</summary>
public static class ApiDocument
{
    public const string Name = "v1";

    public static IServiceCollection AddApiDocument(this IServiceCollection services) =>
        services.AddSwaggerGen(swagger =>
        {
            swagger.SwaggerDoc(Name, new OpenApiInfo
            {
                Title = "EqualityTracker API",
                Version = "v1",
                Description =
                    "Theo dõi chỉ tiêu các kế hoạch bình đẳng giới của tỉnh, thành phố. / " +
                    "Tracks the targets of Vietnamese provincial gender-equality plans: areas, agencies, plans, " +
                    "objectives, targets and indicators. Errors are RFC 9457 problem details.",
            });
            swagger.SupportNonNullableReferenceTypes();
            swagger.IncludeXmlComments(Path.ChangeExtension(typeof(ApiDocument).Assembly.Location, ".xml"));
            swagger.OperationFilter<RequestParametersFilter>();
            swagger.OperationFilter<ApiHeadersFilter>();
            swagger.OperationFilter<PipelineResponsesFilter>();
            swagger.SchemaFilter<VocabularySchemaFilter>();
            swagger.SchemaFilter<NullableReferencesSchemaFilter>();
            swagger.AddSecurityDefinition(PipelineResponsesFilter.BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "Mã truy cập từ POST /api/auth/token / The access token from POST /api/auth/token.",
            });
            swagger.MapType<LocalDate>(() => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" });
            swagger.MapType<Instant>(() => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" });
            swagger.CustomSchemaIds(type => type.FullName!
                .Replace("EqualityTracker.Api.Features.", "", StringComparison.Ordinal)
                .Replace("EqualityTracker.Api.Common.", "", StringComparison.Ordinal)
                .Replace("EqualityTracker.Api.Shapes.", "", StringComparison.Ordinal)
                .Replace(".", "", StringComparison.Ordinal)
                .Replace("+", "", StringComparison.Ordinal));
        });

    /// <summary>Writes the document as YAML, exactly as <c>/swagger/v1/swagger.yaml</c> serves it.</summary>
    /// <remarks>
    /// The server starts on a free loopback port and the document is fetched from its own endpoint, so the file is
    /// the served contract byte for byte. Nothing touches the database: migrations run only after this verb.
    /// </remarks>
    public static async Task WriteYamlAsync(WebApplication app, string path)
    {
        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            var yaml = await http.GetStringAsync($"/swagger/{Name}/swagger.yaml");
            // A relative path is the repository's (the content root is api/, whatever directory dotnet run chose).
            var file = Path.GetFullPath(path, Path.GetFullPath(Path.Combine(app.Environment.ContentRootPath, "..")));
            await File.WriteAllTextAsync(file, yaml);
            Console.WriteLine($"Wrote {file}");
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
