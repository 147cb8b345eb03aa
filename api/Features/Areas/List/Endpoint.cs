using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Areas.List;

public sealed class Endpoint(Database database) : Endpoint<Request, IReadOnlyList<AreaResponse>>
{
    private const string Sql = AreaResponse.SelectSql + """

        WHERE (@Parent IS NULL OR a.parent_code = @Parent)
          AND (@Level IS NULL OR a.level = @Level)
        ORDER BY a.level, a.code
        """;

    private const string AreaExistsSql = "SELECT COUNT(*) FROM areas WHERE code = @Code";

    public override void Configure()
    {
        Get("/api/areas");
        AllowAnonymous();
        Description(d => d
            .WithName("ListAreas")
            .WithTags("Areas")
            .WithSummary("Danh sách đơn vị hành chính / List administrative areas")
            .WithDescription("Areas with their GSO codes, filtered by parent and level (0 country, 1 province, 2 district, 3 commune).")
            .ProducesProblems(400));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        if (req.Parent is not null && await connection.ExecuteScalarAsync<int>(AreaExistsSql, new { Code = req.Parent }) == 0)
        {
            ThrowError(r => r.Parent, Problems.Bilingual($"Không có đơn vị hành chính mã '{req.Parent}'.", $"No area with code '{req.Parent}'."));
        }

        var areas = await connection.QueryAsync<AreaResponse>(new CommandDefinition(Sql, new { req.Parent, req.Level }, cancellationToken: ct));
        await Send.OkAsync(areas.AsList(), ct);
    }
}
