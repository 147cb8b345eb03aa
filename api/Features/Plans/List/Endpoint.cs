using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Plans.List;

public sealed class Endpoint(Database database) : Endpoint<Request, IReadOnlyList<PlanSummary>>
{
    private const string Sql = PlanSummary.SelectSql + """

        WHERE (@Area IS NULL OR p.area_code = @Area OR a.gso_code = @Area)
        ORDER BY a.level, a.code, p.start_year, p.code
        """;

    private const string AreaExistsSql = "SELECT COUNT(*) FROM areas WHERE code = @Area OR gso_code = @Area";

    public override void Configure()
    {
        Get("/api/plans");
        AllowAnonymous();
        Description(d => d
            .WithName("ListPlans")
            .WithTags("Plans")
            .WithSummary("Danh sách kế hoạch / List plans")
            .WithDescription("The plans and national strategies, country first, then by area and start year. area=37 lists the plans of every unit that bore the code (old and new Ninh Bình).")
            .ProducesProblems(400));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        if (req.Area is not null && await connection.ExecuteScalarAsync<int>(AreaExistsSql, new { req.Area }) == 0)
        {
            ThrowError(r => r.Area, Problems.Bilingual($"Không có đơn vị hành chính mã '{req.Area}'.", $"No area with code '{req.Area}'."));
        }

        var plans = await connection.QueryAsync<PlanSummary>(new CommandDefinition(Sql, new { req.Area }, cancellationToken: ct));
        await Send.OkAsync(plans.AsList(), ct);
    }
}
