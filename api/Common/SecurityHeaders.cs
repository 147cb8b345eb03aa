namespace EqualityTracker.Api.Common;

/// <summary>The headers every answer carries, so that a browser runs only the app's own code and shares nothing.</summary>
/// <remarks>
/// The web app loads its scripts and styles from its own origin only (no inline script, no inline style), so its
/// Content-Security-Policy allows <c>'self'</c> and nothing else, plus <c>data:</c> images (the inline favicon).
/// Swagger UI, when switched on, needs inline styles; it gets its own policy under <c>/swagger</c>.
/// No page may be framed (<c>frame-ancestors 'none'</c>, <c>X-Frame-Options: DENY</c>).
/// </remarks>
public static class SecurityHeaders
{
    public const string AppPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public const string SwaggerPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/swagger") ? SwaggerPolicy : AppPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            return Task.CompletedTask;
        });
        await next(http);
    });
}
