using Dapper;
using EqualityTracker.Api.Data;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Demo.Get;

public sealed class Endpoint(Database database) : EndpointWithoutRequest<Response>
{
    private const string Sql = "SELECT COUNT(*) FROM data_values WHERE source = 'demo'";

    public override void Configure()
    {
        Get("/api/demo");
        AllowAnonymous();
        Description(d => d
            .WithName("GetDemo")
            .WithTags("Demo")
            .WithSummary("Có dữ liệu minh họa không / Whether demonstration data is present")
            .WithDescription("Demonstration values are generated in Development only (Demo:Enabled); they are not real figures."));
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var count = await connection.ExecuteScalarAsync<int>(new CommandDefinition(Sql, cancellationToken: ct));
        await Send.OkAsync(new Response { Enabled = count > 0, Values = count }, ct);
    }
}
