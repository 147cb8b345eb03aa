using System.Data.Common;
using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Health.Ready;

public sealed class Endpoint(Database database, ILogger<Endpoint> logger) : EndpointWithoutRequest<HealthResponse>
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
            .WithDescription("Answers 200 when the database answers and has its migrations applied, 503 otherwise.")
            .ProducesProblems(503));
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        try
        {
            await using var connection = await database.OpenAsync(ct);
            var applied = await connection.ExecuteScalarAsync<int>(new CommandDefinition(Sql, cancellationToken: ct));
            await Send.OkAsync(new HealthResponse { Status = "ready", Database = database.Dialect.Provider.ToString(), Migrations = applied }, ct);
        }
        catch (DbException exception)
        {
            logger.LogWarning(exception, "Readiness check failed");
            await Send.ResultAsync(TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Chưa sẵn sàng / Not ready",
                detail: Problems.Bilingual("Cơ sở dữ liệu không trả lời.", "The database does not answer.")));
        }
    }
}
