using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Values;
using FastEndpoints;
using NodaTime;

namespace EqualityTracker.Api.Features.Areas.Get;

public sealed class Endpoint(Database database, CatalogueCache catalogues, IClock clock) : Endpoint<Request, Response>
{
    private const string AreaSql = AreaResponse.SelectSql + """

        WHERE a.code = @Unit
        """;

    private const string ChildrenSql = AreaResponse.SelectSql + """

        WHERE a.parent_code = @Unit AND
        """ + " " + AreaResponse.ValidOnSql + """

        ORDER BY a.gso_code
        """;

    private const string PredecessorsSql = """
        SELECT a.gso_code AS Code, a.code AS Unit, a.name_vi AS NameVi, a.name_en AS NameEn, s.effective_date AS EffectiveDate,
               s.share AS Share, a.valid_from AS ValidFrom, a.valid_to AS ValidTo
        FROM area_successions s
        JOIN areas a ON a.code = s.predecessor_code
        WHERE s.successor_code = @Unit
        ORDER BY a.gso_code
        """;

    private const string SuccessorsSql = """
        SELECT a.gso_code AS Code, a.code AS Unit, a.name_vi AS NameVi, a.name_en AS NameEn, s.effective_date AS EffectiveDate,
               s.share AS Share, a.valid_from AS ValidFrom, a.valid_to AS ValidTo
        FROM area_successions s
        JOIN areas a ON a.code = s.successor_code
        WHERE s.predecessor_code = @Unit
        ORDER BY a.gso_code
        """;

    public override void Configure()
    {
        Get("/api/areas/{code}");
        AllowAnonymous();
        Description(d => d
            .WithName("GetArea")
            .WithTags("Areas")
            .WithSummary("Một đơn vị hành chính / One administrative area")
            .WithDescription(
                "The unit bearing the code on a date (default today, or the last unit that bore the code), with the areas above it " +
                "(country first), the areas directly below it on that date, and its predecessors and successors (effective date, share).")
            .ProducesProblems(400, 404));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        var map = await AreaDates.MapAsync(catalogues);
        var (unit, date, vi, en) = AreaDates.Resolve(map, req.Code, req.Date, clock);
        if (unit is null)
        {
            await Send.ResultAsync(Problems.NotFound(vi!, en!));
            return;
        }

        await using var connection = await database.OpenAsync(ct);
        var day = AreaMap.Format(date);
        var area = await connection.QuerySingleAsync<AreaResponse>(new CommandDefinition(AreaSql, new { Unit = unit.Id, Date = day }, cancellationToken: ct));

        // The tree's depth is data, not an assumption: walk up one parent at a time.
        var ancestors = new List<AreaResponse>();
        foreach (var above in map.AreaAndAncestors(unit.Id).Skip(1))
        {
            ancestors.Insert(0, await connection.QuerySingleAsync<AreaResponse>(new CommandDefinition(AreaSql, new { Unit = above, Date = day }, cancellationToken: ct)));
        }

        var children = await connection.QueryAsync<AreaResponse>(new CommandDefinition(ChildrenSql, new { Unit = unit.Id, Date = day }, cancellationToken: ct));
        var predecessors = await connection.QueryAsync<SuccessionResponse>(new CommandDefinition(PredecessorsSql, new { Unit = unit.Id }, cancellationToken: ct));
        var successors = await connection.QueryAsync<SuccessionResponse>(new CommandDefinition(SuccessorsSql, new { Unit = unit.Id }, cancellationToken: ct));
        await Send.OkAsync(new Response
        {
            Area = area, Ancestors = ancestors, Children = children.AsList(), Predecessors = predecessors.AsList(), Successors = successors.AsList(),
        }, ct);
    }
}
