using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace EqualityTracker.Api.Common;

/// <summary>Marks a string property whose values come from a closed list: the contract shows them as an <c>enum</c>.</summary>
/// <remarks>
/// The list is the vocabulary's own <c>public static IReadOnlyList&lt;string&gt; All</c> (or the list named) (for example
/// <see cref="Domain.ReviewStates.All"/>), so a value added to the domain shows in the contract with no second list to
/// keep in step. On a list of strings the enum applies to its items.
/// </remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class VocabularyAttribute(Type vocabulary, string list = "All") : Attribute
{
    public IReadOnlyList<string> Values { get; } =
        vocabulary.GetProperty(list, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IReadOnlyList<string>
        ?? throw new ArgumentException($"{vocabulary.Name} has no public static IReadOnlyList<string> {list}.", nameof(list));
}

/// <summary>Writes <see cref="VocabularyAttribute"/> lists into the schema as <c>enum</c>.</summary>
public sealed class VocabularySchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (context.MemberInfo?.GetCustomAttribute<VocabularyAttribute>() is not { } vocabulary || schema is not OpenApiSchema concrete)
        {
            return;
        }

        var target = concrete.Type?.HasFlag(JsonSchemaType.Array) == true && concrete.Items is OpenApiSchema items ? items : concrete;
        // A nullable member's null is allowed by its type; JSON Schema's enum lists the strings.
        target.Enum = [.. vocabulary.Values.Select(v => (JsonNode)JsonValue.Create(v))];
        if (target.Type?.HasFlag(JsonSchemaType.Null) == true)
        {
            target.Enum.Add(null!);
        }
    }
}

/// <summary>A nullable reference to another schema is written <c>oneOf: [ref, null]</c>, not as the bare reference.</summary>
/// <remarks>
/// Swashbuckle marks nullable primitives (<c>type: [null, number]</c>) but leaves a nullable object property as a plain
/// <c>$ref</c>, which tells clients the member is always an object; a baseline that is not known yet is <c>null</c>.
/// </remarks>
public sealed class NullableReferencesSchemaFilter : ISchemaFilter
{
    private static readonly NullabilityInfoContext Nullability = new();

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { Count: > 0 } properties } || context.Type.IsPrimitive)
        {
            return;
        }

        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            if (properties.TryGetValue(name, out var member) && member is OpenApiSchemaReference reference
                && Nullability.Create(property).ReadState == NullabilityState.Nullable)
            {
                properties[name] = new OpenApiSchema
                {
                    Description = reference.Description,
                    OneOf = [new OpenApiSchemaReference(reference.Reference.Id!, reference.Reference.HostDocument), new OpenApiSchema { Type = JsonSchemaType.Null }],
                };
            }
        }
    }
}
