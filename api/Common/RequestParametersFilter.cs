using System.Reflection;
using System.Xml.Linq;
using FastEndpoints;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace EqualityTracker.Api.Common;

/// <summary>Documents a FastEndpoints request DTO's properties as path and query parameters.</summary>
/// <remarks>
/// FastEndpoints binds route values and query strings to the request DTO itself, so ASP.NET Core's API explorer sees
/// no parameters. This filter reads the DTO (and its XML summaries) once per operation: a property whose name appears
/// in the route template is a path parameter, every other one a query parameter.
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
        operation.Parameters ??= [];
        foreach (var property in definition.ReqDtoType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            var inPath = template.Contains('{' + name + '}', StringComparison.OrdinalIgnoreCase);
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = inPath ? ParameterLocation.Path : ParameterLocation.Query,
                Required = inPath,
                Description = Summary(property),
                Schema = context.SchemaGenerator.GenerateSchema(property.PropertyType, context.SchemaRepository),
            });
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
