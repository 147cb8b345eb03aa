using Dapper;
using EqualityTracker.Api.Data;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Indicators.List;

public sealed class Endpoint(Database database) : EndpointWithoutRequest<IReadOnlyList<IndicatorResponse>>
{
    private const string Sql = IndicatorResponse.SelectSql + """

        JOIN domains d ON d.code = i.domain_code
        ORDER BY d.sort, i.code
        """;

    public override void Configure()
    {
        Get("/api/indicators");
        AllowAnonymous();
        Description(d => d
            .WithName("ListIndicators")
            .WithTags("Indicators")
            .WithSummary("Danh sách chỉ số / List indicators")
            .WithDescription("Every indicator the plans set targets on, by domain, with its unit and direction."));
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var indicators = await connection.QueryAsync<IndicatorResponse>(new CommandDefinition(Sql, cancellationToken: ct));
        await Send.OkAsync(indicators.AsList(), ct);
    }
}
