using FastEndpoints;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace EqualityTracker.Api.Common;

/// <summary>The answers the pipeline gives before or around any endpoint, written into every operation they apply to.</summary>
/// <remarks>
/// Each comes from one piece of middleware, so it is declared here once rather than in 35 endpoints:
/// <list type="bullet">
/// <item>401 without a valid token and 403 for a role the endpoint does not allow (authorization), with the bearer
/// security requirement; an anonymous endpoint under <c>/api</c> still accepts a token, which can widen what it shows;</item>
/// <item>400 for a write with an undeclared query parameter, 413 for a JSON body over the limit, 415 for a body that is
/// not JSON (<see cref="RequestLimits"/>, FastEndpoints' binder);</item>
/// <item>429 with Retry-After from the rate limiter (<see cref="RateLimits"/>);</item>
/// <item>503 with Retry-After when the database is busy (<see cref="ApiExceptionHandler"/>), except on endpoints that
/// never touch it (<see cref="NoDatabase"/>).</item>
/// </list>
/// </remarks>
public sealed class PipelineResponsesFilter : IOperationFilter
{
    public const string BearerScheme = "bearer";

    /// <summary>Endpoint metadata: the endpoint never opens the database (no 503).</summary>
    public static readonly object NoDatabase = new NoDatabaseMarker();

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<EndpointDefinition>().FirstOrDefault() is not { } endpoint)
        {
            return;
        }

        var method = context.ApiDescription.HttpMethod ?? "GET";
        var anonymous = endpoint.AnonymousVerbs?.Contains(method, StringComparer.OrdinalIgnoreCase) == true;
        var requirement = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] };
        if (anonymous)
        {
            if (context.ApiDescription.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true)
            {
                operation.Security = [new OpenApiSecurityRequirement(), requirement];
            }
        }
        else
        {
            operation.Security = [requirement];
            Problem(operation, context, 401);
            if (endpoint.AllowedRoles is { Count: > 0 })
            {
                Problem(operation, context, 403);
            }
        }

        var write = method is not ("GET" or "HEAD");
        if (write)
        {
            Problem(operation, context, 400);
        }

        if (operation.RequestBody?.Content?.ContainsKey("application/json") == true)
        {
            Problem(operation, context, 413);
            Problem(operation, context, 415);
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            ApiHeadersFilter.AddHeader(Problem(operation, context, 429), ApiHeaders.RetryAfter);
        }

        // An endpoint that answers 503 itself (readiness) says what its 503 carries.
        if (!metadata.Contains(NoDatabase) && operation.Responses?.ContainsKey("503") != true)
        {
            ApiHeadersFilter.AddHeader(Problem(operation, context, 503), ApiHeaders.RetryAfter);
        }
    }

    private static OpenApiResponse Problem(OpenApiOperation operation, OperationFilterContext context, int status)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        operation.Responses ??= [];
        if (operation.Responses.TryGetValue(key, out var existing) && existing is OpenApiResponse concrete)
        {
            return concrete;
        }

        var response = new OpenApiResponse
        {
            Description = ReasonPhrase(status),
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                [ProblemDescriptions.MediaType] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDocument), context.SchemaRepository) },
            },
        };
        operation.Responses[key] = response;
        return response;
    }

    private static string ReasonPhrase(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);

    private sealed class NoDatabaseMarker;
}
