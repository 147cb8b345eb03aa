using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Values;
using FastEndpoints;
using NodaTime;

namespace EqualityTracker.Api.Features.Areas.List;

public sealed class Endpoint(Database database, CatalogueCache catalogues, IClock clock) : Endpoint<Request, IReadOnlyList<AreaResponse>>
{
    private const string Sql = AreaResponse.SelectSql + """

        WHERE (@Parent IS NULL OR a.parent_code = @Parent)
          AND (@Level IS NULL OR a.level = @Level)
          AND
        """ + " " + AreaResponse.ValidOnSql + """

        ORDER BY a.level, a.gso_code
        """;

    public override void Configure()
    {
        Get("/api/areas");
        AllowAnonymous();
        Description(d => d
            .WithName("ListAreas")
            .WithTags("Areas")
            .WithSummary("Danh sách đơn vị hành chính / List administrative areas")
            .WithDescription(
                "The areas in force on a date (default today), with their GSO codes and validity, filtered by parent and level " +
                "(0 country, 1 province, 2 district — since 1 July 2025 commune —, 3 commune). date=2020-01-01 gives the 63 provinces, " +
                "date=2026-01-01 the 34.")
            .ProducesProblems(400));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        var map = await AreaDates.MapAsync(catalogues);
        var date = req.Date is null ? ReportingCalendar.Today(clock.GetCurrentInstant()) : AreaMap.ParseDate(req.Date)!.Value;
        string? parent = null;
        if (req.Parent is not null)
        {
            // Without a date, an old parent's code (a district) lists its children on its last day.
            var (unit, day, vi, en) = AreaDates.Resolve(map, req.Parent, req.Date, clock);
            if (unit is null)
            {
                ThrowError(r => r.Parent, Problems.Bilingual(vi!, en!));
            }

            (parent, date) = (unit.Id, day);
        }

        await using var connection = await database.OpenAsync(ct);
        var areas = await connection.QueryAsync<AreaResponse>(new CommandDefinition(Sql, new { Parent = parent, req.Level, Date = AreaMap.Format(date) }, cancellationToken: ct));
        await Send.OkAsync(areas.AsList(), ct);
    }
}
