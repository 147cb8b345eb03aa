using Dapper;
using EqualityTracker.Api.Data;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Agencies.List;

public sealed class Endpoint(Database database) : EndpointWithoutRequest<IReadOnlyList<Response>>
{
    private const string Sql = """
        SELECT code AS Code, name_vi AS NameVi, name_en AS NameEn
        FROM agencies
        ORDER BY code
        """;

    public override void Configure()
    {
        Get("/api/agencies");
        AllowAnonymous();
        Description(d => d
            .WithName("ListAgencies")
            .WithTags("Agencies")
            .WithSummary("Danh sách cơ quan / List agencies")
            .WithDescription("The departments and bodies that lead (chủ trì) or coordinate (phối hợp) the plans' targets."));
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var agencies = await connection.QueryAsync<Response>(new CommandDefinition(Sql, cancellationToken: ct));
        await Send.OkAsync(agencies.AsList(), ct);
    }
}
