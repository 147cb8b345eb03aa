using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace EqualityTracker.Api.Common;

/// <summary>Turns the failures a client can do something about into problem details instead of a 500.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>The database stayed busy past the busy timeout (SQLite <c>SQLITE_BUSY</c>/<c>SQLITE_LOCKED</c>; SQL Server a
/// lock timeout, a deadlock victim or a command timeout): 503 with <c>Retry-After</c>. Nothing was written: the write
/// scope rolled back.</item>
/// <item>A request the server refused while reading it (a body over its limit, a malformed body): its own 4xx.</item>
/// <item>The client went away: nothing is answered; the work was cancelled and rolled back.</item>
/// </list>
/// Anything else stays a 500 (logged with its trace id).
/// </remarks>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 2;

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (exception is OperationCanceledException && http.RequestAborted.IsCancellationRequested)
        {
            logger.LogInformation("Request {TraceId} cancelled: the client went away", http.TraceIdentifier);
            return true;
        }

        if (IsBusy(exception))
        {
            logger.LogWarning("Database busy past the timeout for {Path}; answered 503", http.Request.Path);
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return await WriteAsync(http, exception, "Hệ thống đang bận / The service is busy",
                Problems.Bilingual($"Cơ sở dữ liệu đang bận với một thao tác ghi khác; không có gì được ghi. Hãy thử lại sau {RetryAfterSeconds} giây.",
                    $"The database is busy with another write; nothing was written. Try again in {RetryAfterSeconds} seconds."));
        }

        // Any read (progress, ranking, reports) that needs a predecessor split without a known share answers 422, not 500.
        if (exception is Domain.UnknownSplitException split)
        {
            http.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await WriteAsync(http, exception, "Không xử lý được / Unprocessable", Problems.Bilingual(split.Vi, split.En));
        }

        if (exception is BadHttpRequestException bad)
        {
            http.Response.StatusCode = bad.StatusCode;
            return await WriteAsync(http, exception,
                bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Yêu cầu quá lớn / Request too large" : "Yêu cầu không hợp lệ / Bad request",
                bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                    ? Problems.Bilingual("Thân yêu cầu vượt quá giới hạn cho phép.", "The request body is larger than allowed.")
                    : Problems.Bilingual("Không đọc được yêu cầu.", "The request could not be read."));
        }

        return false;
    }

    /// <summary>True when the exception means another writer held the lock longer than the busy timeout.</summary>
    public static bool IsBusy(Exception exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6,
        SqlException sqlServer => sqlServer.Number is 1205 or 1222 or -2,
        _ when exception.InnerException is { } inner => IsBusy(inner),
        _ => false,
    };

    private async ValueTask<bool> WriteAsync(HttpContext http, Exception exception, string title, string detail) =>
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = { Status = http.Response.StatusCode, Title = title, Detail = detail },
        });
}
