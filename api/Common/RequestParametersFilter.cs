using System.Reflection;
using System.Xml.Linq;
using FastEndpoints;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace EqualityTracker.Api.Common;

/// <summary>Documents a FastEndpoints request DTO's properties where FastEndpoints really reads them.</summary>
/// <remarks>
/// FastEndpoints binds route values, query strings and the JSON body to the request DTO itself, so ASP.NET Core's API
/// explorer sees no parameters. This filter reads the DTO (and its XML summaries) once per operation: a property whose
/// name appears in the route template is a path parameter; on a read every other one is a query parameter; on a write
/// only a property marked <c>[QueryParam]</c> is (<see cref="RequestLimits"/> refuses any other name in the query
/// string), and the JSON body is described with the remaining properties only — or not at all when none remain.
/// </remarks>
public sealed class RequestParametersFilter : IOperationFilter
{
    private static readonly Lazy<XDocument?> XmlDocs = new(() =>
    {
        var path = Path.ChangeExtension(typeof(RequestParametersFilter).Assembly.Location, ".xml");
        return File.Exists(path) ? XDocument.Load(path) : null;
    });

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var definition = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<EndpointDefinition>().FirstOrDefault();
        if (definition is null || definition.ReqDtoType == typeof(EmptyRequest))
        {
            return;
        }

        var template = context.ApiDescription.RelativePath ?? "";
        var read = context.ApiDescription.HttpMethod is "GET" or "HEAD" or "DELETE";
        var body = new List<string>();
        operation.Parameters ??= [];
        foreach (var property in definition.ReqDtoType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            var inPath = template.Contains('{' + name + '}', StringComparison.OrdinalIgnoreCase);
            if (!inPath && !read && property.GetCustomAttribute<QueryParamAttribute>() is null)
            {
                body.Add(name);
                continue;
            }

            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = inPath ? ParameterLocation.Path : ParameterLocation.Query,
                Required = inPath,
                Description = Summary(property),
                Schema = context.SchemaGenerator.GenerateSchema(property.PropertyType, context.SchemaRepository, memberInfo: property),
            });
        }

        if (body.Count == 0 && operation.RequestBody?.Content?.ContainsKey("multipart/form-data") != true)
        {
            operation.RequestBody = null; // nothing is read from the body (a file upload declares its form itself)
        }
        else if (operation.RequestBody?.Content?.TryGetValue("application/json", out var json) == true)
        {
            if (json is OpenApiMediaType media && media.Schema is OpenApiSchemaReference reference
                     && context.SchemaRepository.Schemas.TryGetValue(reference.Reference.Id!, out var whole) && whole is OpenApiSchema dto
                     && dto.Properties is { } properties && body.Count < properties.Count)
            {
                media.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Properties = properties.Where(p => body.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value),
                    Required = dto.Required?.Where(body.Contains).ToHashSet(),
                    AdditionalPropertiesAllowed = dto.AdditionalPropertiesAllowed,
                };
            }
        }
    }

    private static string? Summary(PropertyInfo property)
    {
        var member = $"P:{property.DeclaringType!.FullName!.Replace('+', '.')}.{property.Name}";
        return XmlDocs.Value?.Descendants("member")
            .FirstOrDefault(m => (string?)m.Attribute("name") == member)?
            .Element("summary")?.Value.Trim();
    }
}
