using System.Collections.Concurrent;
using System.Reflection;
using FastEndpoints;
using Microsoft.AspNetCore.Http.Features;

namespace EqualityTracker.Api.Common;

/// <summary>What a request may carry, checked before any endpoint runs.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>A JSON body is at most <see cref="MaxJsonBytes"/> (uploads have their own, larger limit; a plan's whole content,
/// <c>PUT /api/plans/{code}</c>, <see cref="MaxPlanJsonBytes"/>): 413 otherwise.</item>
/// <item>Body fields come from the body only. A write (POST, PUT, PATCH, DELETE) accepts in its query string only the
/// parameters its request declares with <c>[QueryParam]</c>; any other name (<c>?password=…</c>) is refused with 400
/// before it is bound, logged, or used — so a password never has a reason to travel in a URL.</item>
/// </list>
/// </remarks>
public static class RequestLimits
{
    public const long MaxJsonBytes = 64 * 1024;

    /// <summary>A plan's whole content: a hundred activities with the plan's own sentences fit many times over.</summary>
    public const long MaxPlanJsonBytes = 2 * 1024 * 1024;

    private static readonly ConcurrentDictionary<Type, HashSet<string>> QueryNames = new();

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var request = http.Request;
        if (request.HasJsonContentType() && !request.Path.StartsWithSegments("/api/uploads"))
        {
            var limit = HttpMethods.IsPut(request.Method) && request.Path.StartsWithSegments("/api/plans") ? MaxPlanJsonBytes : MaxJsonBytes;
            if (request.ContentLength > limit)
            {
                await WriteAsync(http, StatusCodes.Status413PayloadTooLarge, "Yêu cầu quá lớn / Request too large",
                    Problems.Bilingual($"Thân JSON dài quá {limit / 1024} kB.", $"The JSON body is larger than {limit / 1024} kB."));
                return;
            }

            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit;
            }
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && request.Query.Count > 0
            && http.GetEndpoint()?.Metadata.GetMetadata<EndpointDefinition>() is { } endpoint)
        {
            var allowed = QueryNames.GetOrAdd(endpoint.ReqDtoType, DeclaredQueryNames);
            if (request.Query.Keys.FirstOrDefault(key => !allowed.Contains(key)) is { } stray)
            {
                await WriteAsync(http, StatusCodes.Status400BadRequest, "Tham số không hợp lệ / Unexpected parameter",
                    Problems.Bilingual($"'{stray}' không được nhận qua chuỗi truy vấn: hãy gửi trong thân yêu cầu.",
                        $"'{stray}' is not accepted in the query string: send it in the request body."));
                return;
            }
        }

        await next(http);
    });

    private static HashSet<string> DeclaredQueryNames(Type requestType) =>
        requestType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<QueryParamAttribute>() is not null)
            .Select(p => p.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static Task WriteAsync(HttpContext http, int status, string title, string detail)
    {
        http.Response.StatusCode = status;
        return http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }
}
