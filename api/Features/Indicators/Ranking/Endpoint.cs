using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Progress;
using EqualityTracker.Api.Features.Values;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Indicators.Ranking;

public sealed class Response
{
    public required string Indicator { get; init; }
    public required string Area { get; init; }
    public int? Year { get; init; }

    /// <summary>The goal the areas are measured against: the area's own plan's, else the nearest above.</summary>
    [Vocabulary(typeof(Comparators))]
    public string? Comparator { get; init; }

    public double? Target { get; init; }
    public int? TargetYear { get; init; }

    /// <summary>Child areas, furthest behind the goal first; areas without a value last.</summary>
    public required IReadOnlyList<RankedArea> Areas { get; init; }
}

public sealed class RankedArea
{
    public required string Code { get; init; }
    public required string NameVi { get; init; }
    public required string NameEn { get; init; }
    public double? Value { get; init; }

    /// <summary>How far the value is from the goal in the bad direction (0 when met).</summary>
    public double? Gap { get; init; }

    [Vocabulary(typeof(ProgressStatuses))]
    public required string Status { get; init; }
}

public sealed class Endpoint(Database database, CatalogueCache catalogues, AnswerCache cache, NodaTime.IClock clock) : Endpoint<Request, Response>
{
    private const string ChildrenSql = "SELECT code AS Code, gso_code AS Gso, name_vi AS NameVi, name_en AS NameEn FROM areas WHERE code IN @Codes ORDER BY gso_code";

    public override void Configure()
    {
        Get("/api/indicators/{code}/ranking");
        AllowAnonymous();
        Options(route => route.RequireRateLimiting(RateLimits.PublicReads));
        Description(d => d
            .WithName("GetIndicatorRanking")
            .WithTags("Progress")
            .WithSummary("Địa bàn nào đang tụt lại / Who is left behind")
            .WithDescription("The areas directly below an area, ordered by their distance from the goal that applies there, with their value for the year and their status. Open to everyone: without signing in only approved values count.")
            .ProducesProblems(400, 404));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        var catalogue = await catalogues.GetAsync();
        var (code, period) = (req.Code, req.Period);

        // The areas as they were in the year asked (its first day), unless a date is given; else today's map.
        var date = req.Date ?? (period is null ? null : AreaMap.Format(Period.Parse(period).Start));
        var (resolved, day, notVi, notEn) = Areas.AreaDates.Resolve(catalogue.Map, req.Area!, date, clock);
        if (resolved is null && date is not null && catalogue.Map.ResolveOrLatest(req.Area!, day) is not null)
        {
            await Send.ResultAsync(Problems.NotFound(notVi!, notEn!));
            return;
        }

        var area = resolved?.Id ?? req.Area!;
        if (resolved is null)
        {
            if (!await IndicatorReads.ExistsAsync(database, code, ct))
            {
                await Send.ResultAsync(IndicatorReads.NotFound(code));
                return;
            }

            ThrowError(r => r.Area, Problems.Bilingual($"Không có địa bàn mã '{area}'.", $"No area with code '{area}'."));
        }

        var approvedOnly = ReadScope.ApprovedOnly(User, catalogue, area, req.ApprovedOnly);
        var version = await cache.VersionAsync(ct);
        var answer = await cache.GetOrComputeJsonAsync($"ranking|{code}|{area}|{AreaMap.Format(day)}|{period}|{approvedOnly}", version, token => ComputeAsync(code, area, day, period, approvedOnly, cache.Country(version), token), ct);
        if (answer is null)
        {
            await Send.ResultAsync(IndicatorReads.NotFound(code));
            return;
        }

        await Send.BytesAsync(answer, contentType: "application/json; charset=utf-8", cancellation: ct);
    }

    /// <summary>The answer from the database, or null for an unknown indicator. Touches nothing of the request.</summary>
    private async Task<Response?> ComputeAsync(string code, string area, NodaTime.LocalDate day, string? period, bool approvedOnly, CountrySums country, CancellationToken ct)
    {
        await using var connection = await cache.OpenAsync(country.Version, ct);
        var unit = await IndicatorReads.UnitAsync(connection, code, ct);
        if (unit is null)
        {
            return null;
        }

        var catalogue = await catalogues.GetAsync();
        var goal = ProgressCatalogue.Governing(await ProgressCatalogue.ApplicableAsync(connection, catalogue, code, area, ct), catalogue, area);
        var codes = catalogue.Map.Children(area, day).Select(u => u.Id).ToList();
        var children = codes.Count == 0 ? [] : (await connection.QueryAsync<AreaRow>(new CommandDefinition(ChildrenSql, new { Codes = codes }, cancellationToken: ct))).AsList();
        var rolledUp = (await IndicatorRollUps.LoadAsync(connection, catalogue, [code], area, children.Select(c => c.Code).ToList(), approvedOnly, ct, country))[code];
        var series = children.ToDictionary(c => c.Code, c => ProgressCatalogue.Yearly(rolledUp.For(c.Code)));
        var year = period is { } p ? Period.Parse(p).Year : series.Values.SelectMany(s => s).Select(o => (int?)o.Year).Max();

        var ranked = Domain.Ranking.Order(children.Select(child =>
        {
            var upTo = series[child.Code].Where(o => year is null || o.Year <= year).ToList();
            var value = upTo.FirstOrDefault(o => o.Year == year)?.Value;
            var status = goal is null
                ? ProgressStatus.NoData
                : Domain.Progress.Evaluate(new ProgressTarget(goal.Comparator, goal.Value, goal.Year, ProgressUnits.Kind(unit), unit), goal.PlanStartYear,
                    value is null ? [] : upTo, sexRatio: ProgressUnits.IsSexRatio(unit)).Status;
            var gap = Domain.Ranking.Gap(value, goal?.Comparator, goal?.Value);
            return new RankedArea { Code = child.Gso, NameVi = child.NameVi, NameEn = child.NameEn, Value = value, Gap = gap, Status = ProgressStatuses.Name(status) };
        }), r => r.Gap, r => r.Code);

        return new Response
        {
            Indicator = code, Area = catalogue.Map.Unit(area)?.Gso ?? area, Year = year, Comparator = goal?.Comparator, Target = goal?.Value, TargetYear = goal?.Year, Areas = ranked,
        };
    }

    private sealed class AreaRow
    {
        public string Code { get; init; } = "";
        public string Gso { get; init; } = "";
        public string NameVi { get; init; } = "";
        public string NameEn { get; init; } = "";
    }
}
