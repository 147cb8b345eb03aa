using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Plans.List;

public sealed class Endpoint(Database database, EqualityTracker.Api.Features.Values.CatalogueCache catalogues) : Endpoint<Request, IReadOnlyList<PlanSummary>>
{
    private const string Sql = PlanSummary.SelectSql + """

        WHERE (@Area IS NULL OR @Below = 1 OR p.area_code = @Area OR a.gso_code = @Area) AND (@Implements IS NULL OR p.implements_code = @Implements)
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
            .WithDescription(
                "The plans and national strategies, country first, then by area and start year, each with its status and version. area: the " +
                "plans of one area — every unit that bore the code (old and new Ninh Bình) — and, with below=true, of the areas below it too " +
                "(Thanh Hóa's list shows Bỉm Sơn's 2018 plan); implements: the plans that implement one plan. Drafts are listed to their " +
                "authors (the coordinators of the plan's area and above) only.")
            .ProducesProblems(400));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        if (req.Area is not null && await connection.ExecuteScalarAsync<int>(AreaExistsSql, new { req.Area }) == 0)
        {
            ThrowError(r => r.Area, Problems.Bilingual($"Không có đơn vị hành chính mã '{req.Area}'.", $"No area with code '{req.Area}'."));
        }

        var plans = await connection.QueryAsync<PlanSummary>(new CommandDefinition(Sql,
            new { req.Area, Below = req.Below == true ? 1 : 0, req.Implements }, cancellationToken: ct));
        var catalogue = await catalogues.GetAsync();
        var visible = PlanListing.Visible(catalogue, User, plans)
            .Where(p => req.Area is null || req.Below != true || BearersOf(catalogue, req.Area).Any(home => catalogue.Tree.IsWithin(p.AreaUnit, home)));
        await Send.OkAsync(visible.ToList(), ct);
    }

    /// <summary>Every unit that bore the code (old and new Ninh Bình for '37'): the plans below any of them are below the area.</summary>
    private static IEnumerable<string> BearersOf(EqualityTracker.Api.Features.Values.MeasureCatalogue catalogue, string code) =>
        catalogue.Map.Units.Where(u => u.Gso == code || u.Id == code).Select(u => u.Id);
}
