using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Areas.Get;

public sealed class Endpoint(Database database) : Endpoint<Request, Response>
{
    private const string AreaSql = AreaResponse.SelectSql + """

        WHERE a.code = @Code
        """;

    private const string ChildrenSql = AreaResponse.SelectSql + """

        WHERE a.parent_code = @Code
        ORDER BY a.code
        """;

    public override void Configure()
    {
        Get("/api/areas/{code}");
        AllowAnonymous();
        Description(d => d
            .WithName("GetArea")
            .WithTags("Areas")
            .WithSummary("Một đơn vị hành chính / One administrative area")
            .WithDescription("The area with the areas above it (country first) and the areas directly below it.")
            .ProducesProblems(404));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var area = await connection.QuerySingleOrDefaultAsync<AreaResponse>(new CommandDefinition(AreaSql, new { req.Code }, cancellationToken: ct));
        if (area is null)
        {
            await Send.ResultAsync(Problems.NotFound($"Không có đơn vị hành chính mã '{req.Code}'.", $"No area with code '{req.Code}'."));
            return;
        }

        // The tree's depth is data, not an assumption: walk up one parent at a time.
        var ancestors = new List<AreaResponse>();
        for (var parent = area.ParentCode; parent is not null;)
        {
            var above = await connection.QuerySingleAsync<AreaResponse>(new CommandDefinition(AreaSql, new { Code = parent }, cancellationToken: ct));
            ancestors.Insert(0, above);
            parent = above.ParentCode;
        }

        var children = await connection.QueryAsync<AreaResponse>(new CommandDefinition(ChildrenSql, new { req.Code }, cancellationToken: ct));
        await Send.OkAsync(new Response { Area = area, Ancestors = ancestors, Children = children.AsList() }, ct);
    }
}
