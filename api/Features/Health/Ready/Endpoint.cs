using System.Data.Common;
using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Features.Progress;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Health.Ready;

public sealed class Endpoint(Database database, CountrySumsWarmUp warmUp, ILogger<Endpoint> logger) : EndpointWithoutRequest<HealthResponse>
{
    private const string Sql = "SELECT COUNT(*) FROM schema_migrations";

    public override void Configure()
    {
        Get("/health/ready");
        AllowAnonymous();
        Description(d => d
            .WithName("Ready")
            .WithTags("Health")
            .WithSummary("Sẵn sàng phục vụ / Ready to serve")
            .WithDescription("Answers 200 when the database answers, has its migrations applied and the national sums are computed (the warm-up after a start); 503 with Retry-After otherwise.")
            .ProducesProblems(503)
            .ProducesHeaders(StatusCodes.Status503ServiceUnavailable, ApiHeaders.RetryAfter));
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        if (!warmUp.IsWarm)
        {
            HttpContext.Response.Headers.RetryAfter = "1";
            await Send.ResultAsync(TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Chưa sẵn sàng / Not ready",
                detail: Problems.Bilingual("Đang tính trước số liệu toàn quốc sau khi khởi động.", "Computing the national sums after the start.")));
            return;
        }

        try
        {
            await using var connection = await database.OpenAsync(ct);
            var applied = await connection.ExecuteScalarAsync<int>(new CommandDefinition(Sql, cancellationToken: ct));
            await Send.OkAsync(new HealthResponse { Status = "ready", Database = database.Dialect.Provider.ToString(), Migrations = applied }, ct);
        }
        catch (DbException exception)
        {
            logger.LogWarning(exception, "Readiness check failed");
            HttpContext.Response.Headers.RetryAfter = "5";
            await Send.ResultAsync(TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Chưa sẵn sàng / Not ready",
                detail: Problems.Bilingual("Cơ sở dữ liệu không trả lời.", "The database does not answer.")));
        }
    }
}
