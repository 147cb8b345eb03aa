using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using YamlDotNet.RepresentationModel;

namespace EqualityTracker.Tests.Infrastructure.Contract;

/// <summary>The committed <c>openapi.yaml</c>, able to say whether one real HTTP exchange keeps it.</summary>
/// <remarks>
/// The document is read from the repository (not from the server), so a test fails when the code and the committed
/// contract drift apart. Response bodies are validated with JsonSchema.Net against the operation's schema (OpenAPI 3.1
/// schemas are JSON Schema 2020-12; <c>#/components/schemas/X</c> references become <c>#/$defs/X</c>).
/// </remarks>
public sealed partial class OpenApiContract
{
    private static readonly string[] CheckedHeaders = ["ETag", "Location", "Retry-After", "Content-Disposition"];

    private readonly JsonObject definitions;
    private readonly ConcurrentDictionary<string, JsonSchema> schemas = new(StringComparer.Ordinal);

    private OpenApiContract(JsonObject document)
    {
        Document = document;
        definitions = (JsonObject)RewriteReferences(document["components"]?["schemas"]?.DeepClone() ?? new JsonObject());
        Operations = [.. ((JsonObject)document["paths"]!)
            .SelectMany(path => ((JsonObject)path.Value!).Select(op => new ContractOperation(
                op.Key.ToUpperInvariant(), path.Key, TemplateRegex(path.Key), (JsonObject)op.Value!)))
            .OrderBy(op => op.Template.Count(c => c == '{'))];
    }

    /// <summary>The committed contract, read once per test run.</summary>
    public static OpenApiContract Committed => Lazy.Value;

    private static readonly Lazy<OpenApiContract> Lazy = new(() =>
        new OpenApiContract(Yaml.ToJson(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "openapi.yaml")))));

    public JsonObject Document { get; }

    public IReadOnlyList<ContractOperation> Operations { get; }

    /// <summary>The operation a request addresses, or null when the contract has no such route.</summary>
    public ContractOperation? Find(string method, string path) =>
        Operations.FirstOrDefault(op => op.Method == method && op.Path.IsMatch(path));

    /// <summary>Every way the exchange breaks the contract (empty when it keeps it).</summary>
    public IReadOnlyList<string> Check(ContractOperation operation, ContractExchange exchange)
    {
        var name = $"{operation.Method} {operation.Template} → {exchange.Status}";
        var problems = new List<string>();
        var responses = (JsonObject)operation.Definition["responses"]!;
        if ((responses[exchange.Status.ToString(CultureInfo.InvariantCulture)] ?? responses["default"]) is not JsonObject response)
        {
            return [$"{name}: status {exchange.Status} is not declared ({exchange.Preview})"];
        }

        if (exchange.Status is >= 200 and < 300 && exchange.Method != "HEAD")
        {
            var declared = DeclaredParameters(operation, "query");
            problems.AddRange(exchange.QueryNames.Where(q => !declared.Contains(q)).Select(q => $"{name}: query parameter '{q}' is accepted but not declared"));
        }

        var headers = response["headers"] as JsonObject;
        foreach (var header in CheckedHeaders.Where(exchange.Headers.ContainsKey))
        {
            if (headers?.Any(h => string.Equals(h.Key, header, StringComparison.OrdinalIgnoreCase)) != true)
            {
                problems.Add($"{name}: header {header} is sent but not declared");
            }
        }

        foreach (var (header, definition) in headers ?? [])
        {
            if (definition?["required"]?.GetValue<bool>() == true && !exchange.Headers.ContainsKey(header))
            {
                problems.Add($"{name}: declared required header {header} is missing");
            }
        }

        var content = response["content"] as JsonObject;
        if (exchange.Body.Length == 0 || exchange.Method == "HEAD")
        {
            return problems;
        }

        var mediaType = exchange.ContentType?.Split(';')[0].Trim();
        if (content is null || mediaType is null || content[mediaType] is not JsonObject media)
        {
            problems.Add($"{name}: a body of type '{mediaType}' is sent but the response declares {(content is null ? "no content" : string.Join(", ", content.Select(c => c.Key)))}");
            return problems;
        }

        if (exchange.ContentEncoding is not null || !(mediaType.EndsWith("json", StringComparison.Ordinal)) || media["schema"] is not JsonNode schemaNode)
        {
            return problems;
        }

        JsonElement body;
        try
        {
            body = JsonDocument.Parse(exchange.Body).RootElement;
        }
        catch (JsonException e)
        {
            problems.Add($"{name}: the body is not JSON: {e.Message}");
            return problems;
        }

        var schema = schemas.GetOrAdd($"{operation.Method} {operation.Template} {exchange.Status} {mediaType}", _ => Build(schemaNode));
        var result = schema.Evaluate(body, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (!result.IsValid)
        {
            var details = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"))
                .Distinct().Take(8);
            problems.Add($"{name}: the body breaks the schema: {string.Join("; ", details)} — {exchange.Preview}");
        }

        return problems;
    }

    private static HashSet<string> DeclaredParameters(ContractOperation operation, string location) =>
        (operation.Definition["parameters"] as JsonArray ?? [])
            .Where(p => (string?)p!["in"] == location)
            .Select(p => (string)p!["name"]!)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    private JsonSchema Build(JsonNode responseSchema)
    {
        var root = (JsonObject)RewriteReferences(responseSchema.DeepClone());
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        root["$defs"] = definitions.DeepClone();
        return JsonSchema.FromText(root.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    private static JsonNode RewriteReferences(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (key == "$ref" && value is JsonValue reference && reference.GetValue<string>().StartsWith("#/components/schemas/", StringComparison.Ordinal))
                    {
                        obj[key] = "#/$defs/" + reference.GetValue<string>()["#/components/schemas/".Length..];
                    }
                    else if (value is not null)
                    {
                        RewriteReferences(value);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array.Where(i => i is not null))
                {
                    RewriteReferences(item!);
                }

                break;
        }

        return node;
    }

    private static Regex TemplateRegex(string template) =>
        new("^" + TemplateParameter().Replace(Regex.Escape(template).Replace(@"\{", "{", StringComparison.Ordinal), "[^/]+") + "$", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex TemplateParameter();

    /// <summary>YAML 1.2 (core schema) to JSON: plain scalars that read as numbers, booleans or null are typed.</summary>
    private static class Yaml
    {
        public static JsonObject ToJson(string text)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return (JsonObject)Convert(stream.Documents[0].RootNode)!;
        }

        private static JsonNode? Convert(YamlNode node) => node switch
        {
            YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Convert(c.Value)))),
            YamlSequenceNode seq => new JsonArray([.. seq.Children.Select(Convert)]),
            YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar => Plain(scalar.Value ?? ""),
            YamlScalarNode scalar => JsonValue.Create(scalar.Value ?? ""),
            _ => throw new InvalidOperationException($"Unexpected YAML node {node.NodeType}"),
        };

        private static JsonNode? Plain(string value) => value switch
        {
            "null" or "~" or "" => null,
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            _ when long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => JsonValue.Create(l),
            _ when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => JsonValue.Create(d),
            _ => JsonValue.Create(value),
        };
    }
}

/// <summary>One operation of the contract: its method, path template and definition.</summary>
public sealed record ContractOperation(string Method, string Template, Regex Path, JsonObject Definition)
{
    public string Name => $"{Method} {Template}";
}

/// <summary>What went over the wire in one request and its answer, as the contract checker needs it.</summary>
public sealed record ContractExchange(
    string Method,
    IReadOnlyCollection<string> QueryNames,
    int Status,
    string? ContentType,
    string? ContentEncoding,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body)
{
    public string Preview => Body.Length == 0 ? "(no body)" : System.Text.Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 300));
}
