using EqualityTracker.Api.Shapes;
using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Indicators.Get;

public sealed class Endpoint(Database database) : Endpoint<Request, Response>
{
    private const string IndicatorSql = IndicatorResponse.SelectSql + """

        WHERE i.code = @Code
        """;

    private const string TargetsSql = TargetResponse.SelectSql + """

        WHERE t.indicator_code = @Code
        ORDER BY a.level, p.area_code, p.start_year, t.year
        """;

    public override void Configure()
    {
        Get("/api/indicators/{code}");
        AllowAnonymous();
        Description(d => d
            .WithName("GetIndicator")
            .WithTags("Indicators")
            .WithSummary("Một chỉ số / One indicator")
            .WithDescription("The indicator with the targets that every plan and strategy sets on it.")
            .ProducesProblems(404));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var indicator = await connection.QuerySingleOrDefaultAsync<IndicatorResponse>(new CommandDefinition(IndicatorSql, new { req.Code }, cancellationToken: ct));
        if (indicator is null)
        {
            await Send.ResultAsync(Problems.NotFound($"Không có chỉ số mã '{req.Code}'.", $"No indicator with code '{req.Code}'."));
            return;
        }

        var targets = await TargetResponse.LoadAsync(connection, TargetsSql, new { req.Code }, ct);
        await Send.OkAsync(new Response { Indicator = indicator, Targets = targets }, ct);
    }
}
