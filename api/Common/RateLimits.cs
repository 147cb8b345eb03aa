using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace EqualityTracker.Api.Common;

/// <summary>Rate limits on the anonymous reads that compute (progress, ranking, reports): per client address.</summary>
/// <remarks>
/// Signed-in users are not limited here (they are few and known); anonymous clients get
/// <c>RateLimits:AnonymousPerMinute</c> requests a minute per address (default 300; 0 switches the limit off, as the
/// benchmarks do when fifty clients share one loopback address). Past it: 429 with Retry-After, as problem details.
/// </remarks>
public static class RateLimits
{
    public const string PublicReads = "public-reads";
    public const int DefaultAnonymousPerMinute = 300;

    public static IServiceCollection AddApiRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimits:AnonymousPerMinute", DefaultAnonymousPerMinute);
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(PublicReads, http =>
                perMinute <= 0 || http.User.Identity?.IsAuthenticated == true
                    ? RateLimitPartition.GetNoLimiter("unlimited")
                    : RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = perMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    }));
            limiter.OnRejected = async (context, ct) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? (int)Math.Ceiling(retry.TotalSeconds) : 60;
                var http = context.HttpContext;
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Quá nhiều yêu cầu / Too many requests",
                        Detail = Problems.Bilingual($"Hãy thử lại sau {seconds} giây.", $"Try again in {seconds} seconds."),
                    },
                });
            };
        });
    }
}
