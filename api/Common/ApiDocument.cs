using Microsoft.OpenApi;
using NodaTime;
using Swashbuckle.AspNetCore.Swagger;

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
            swagger.OperationFilter<RequestParametersFilter>();
            swagger.MapType<LocalDate>(() => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" });
            swagger.MapType<Instant>(() => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" });
            swagger.CustomSchemaIds(type => type.FullName!
                .Replace("EqualityTracker.Api.Features.", "", StringComparison.Ordinal)
                .Replace("EqualityTracker.Api.Common.", "", StringComparison.Ordinal)
                .Replace(".", "", StringComparison.Ordinal)
                .Replace("+", "", StringComparison.Ordinal));
        });

    /// <summary>Writes the document as YAML, exactly as <c>/swagger/v1/swagger.yaml</c> serves it.</summary>
    public static async Task WriteYamlAsync(IServiceProvider services, string path)
    {
        var document = services.GetRequiredService<ISwaggerProvider>().GetSwagger(Name);
        await using var file = File.Create(path);
        await using var writer = new StreamWriter(file);
        document.SerializeAsV3(new OpenApiYamlWriter(writer));
        Console.WriteLine($"Wrote {Path.GetFullPath(path)}");
    }
}
