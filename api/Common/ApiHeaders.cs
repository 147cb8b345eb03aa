using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace EqualityTracker.Api.Common;

/// <summary>The HTTP headers the API reads and sends beyond the ordinary ones, each described once.</summary>
/// <remarks>
/// Endpoints name the headers an answer carries (<see cref="ProducesHeaders"/>) and the conditional headers they read
/// (<see cref="AcceptsHeader"/>); <see cref="ApiHeadersFilter"/> writes them into the contract. <c>Retry-After</c> on 429
/// and 503 is added to every such answer by <see cref="PipelineResponsesFilter"/>.
/// </remarks>
public static class ApiHeaders
{
    public const string ETag = "ETag";
    public const string Location = "Location";
    public const string RetryAfter = "Retry-After";
    public const string ContentDisposition = "Content-Disposition";
    public const string IfMatch = "If-Match";
    public const string IfNoneMatch = "If-None-Match";

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        [ETag] = "Phiên bản của nội dung / The version of the representation (a quoted string); send it back in If-Match to change it, or in If-None-Match to be answered 304 when nothing changed.",
        [Location] = "Địa chỉ của tài nguyên vừa tạo / The URL of the resource just created.",
        [RetryAfter] = "Số giây nên chờ trước khi thử lại / Seconds to wait before trying again.",
        [ContentDisposition] = "Tệp tải về và tên tệp / An attachment and its file name.",
        [IfMatch] = "ETag hiện tại của giá trị / The value's current ETag: required to change or delete an existing value (428 without it, 412 when stale); * matches any version.",
        [IfNoneMatch] = "ETag đã có / An ETag the client already holds: 304 with no body when the answer has not changed.",
    };

    /// <summary>The description of a header, as the contract shows it.</summary>
    public static string Describe(string header) => Descriptions[header];

    /// <summary>Declares that the answer with <paramref name="status"/> carries <paramref name="headers"/>.</summary>
    public static RouteHandlerBuilder ProducesHeaders(this RouteHandlerBuilder builder, int status, params string[] headers) =>
        builder.WithMetadata(new ResponseHeaders(status, headers));

    /// <summary>Declares a request header the endpoint reads.</summary>
    public static RouteHandlerBuilder AcceptsHeader(this RouteHandlerBuilder builder, string header) =>
        builder.WithMetadata(new RequestHeader(header));

    /// <summary>Endpoint metadata: the headers of one status's answer.</summary>
    public sealed record ResponseHeaders(int Status, IReadOnlyList<string> Headers);

    /// <summary>Endpoint metadata: a request header the endpoint reads.</summary>
    public sealed record RequestHeader(string Name);
}

/// <summary>Writes the headers endpoints declare (<see cref="ApiHeaders"/>) into their operations.</summary>
public sealed class ApiHeadersFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        foreach (var declared in metadata.OfType<ApiHeaders.ResponseHeaders>())
        {
            if (operation.Responses?.TryGetValue(declared.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response) == true
                && response is OpenApiResponse concrete)
            {
                foreach (var header in declared.Headers)
                {
                    AddHeader(concrete, header);
                }
            }
        }

        foreach (var header in metadata.OfType<ApiHeaders.RequestHeader>())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = header.Name,
                In = ParameterLocation.Header,
                Description = ApiHeaders.Describe(header.Name),
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
    }

    /// <summary>Adds <paramref name="header"/>, always sent, to a response.</summary>
    internal static void AddHeader(OpenApiResponse response, string header)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers[header] = new OpenApiHeader
        {
            Description = ApiHeaders.Describe(header),
            Required = true,
            Schema = new OpenApiSchema { Type = header == ApiHeaders.RetryAfter ? JsonSchemaType.Integer : JsonSchemaType.String },
        };
    }
}
