using EqualityTracker.Api.Shapes;
using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Progress;
using EqualityTracker.Api.Features.Values;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Indicators.Progress;

public sealed class Endpoint(Database database, CatalogueCache catalogues, AnswerCache cache, NodaTime.IClock clock) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/indicators/{code}/progress");
        AllowAnonymous();
        Options(route => route.RequireRateLimiting(RateLimits.PublicReads));
        Description(d => d
            .WithName("GetIndicatorProgress")
            .WithTags("Progress")
            .WithSummary("Chuỗi số liệu so với mục tiêu / A series against its goals")
            .WithDescription("The indicator's series by sex at an area, every goal that applies there (its plans' and the national strategies'), and the projection (UNSD 2023 method) to the first goal still ahead — the area's own, else the nearest above it (once a province's 2025 goal has passed, the national 2030 goal). Open to everyone: without signing in only approved values count.")
            .ProducesProblems(400, 404));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        var catalogue = await catalogues.GetAsync();
        var code = req.Code;
        var (resolved, _, notVi, notEn) = Areas.AreaDates.Resolve(catalogue.Map, req.Area!, req.Date, clock);
        var area = resolved?.Id ?? req.Area!;
        if (resolved is null && req.Date is not null && catalogue.Map.ResolveOrLatest(req.Area!, AreaMap.ParseDate(req.Date)!.Value) is not null)
        {
            await Send.ResultAsync(Problems.NotFound(notVi!, notEn!));
            return;
        }

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
        var answer = await cache.GetOrComputeJsonAsync($"indicator-progress|{code}|{area}|{approvedOnly}", version, token => ComputeAsync(code, area, approvedOnly, cache.Country(version), token), ct);
        if (answer is null)
        {
            await Send.ResultAsync(IndicatorReads.NotFound(code));
            return;
        }

        await Send.BytesAsync(answer, contentType: "application/json; charset=utf-8", cancellation: ct);
    }

    /// <summary>The answer from the database, or null for an unknown indicator. Touches nothing of the request.</summary>
    private async Task<Response?> ComputeAsync(string code, string area, bool approvedOnly, CountrySums country, CancellationToken ct)
    {
        await using var connection = await cache.OpenAsync(country.Version, ct);
        var unit = await IndicatorReads.UnitAsync(connection, code, ct);
        if (unit is null)
        {
            return null;
        }

        var catalogue = await catalogues.GetAsync();
        var series = (await IndicatorRollUps.LoadAsync(connection, catalogue, [code], area, [area], approvedOnly, ct, country))[code].For(area);
        var goals = await ProgressCatalogue.ApplicableAsync(connection, catalogue, code, area, ct);
        var yearly = ProgressCatalogue.Yearly(series);
        var own = ProgressCatalogue.Ahead(goals, catalogue, area, yearly.Count == 0 ? null : yearly.Max(o => o.Year));
        ProjectionResponse? projection = null;
        if (own is not null)
        {
            var target = new ProgressTarget(own.Comparator, own.Value, own.Year, ProgressUnits.Kind(unit), unit);
            var result = Domain.Progress.Evaluate(target, own.PlanStartYear, yearly, sexRatio: ProgressUnits.IsSexRatio(unit));
            var points = result is { Baseline: { } b, Latest: { } l } && l.Year > b.Year && own.Year > l.Year
                ? Enumerable.Range(l.Year, own.Year - l.Year + 1).Select(y => new YearValue { Year = y, Value = Domain.Progress.Bound(Domain.Progress.Project(b, l, y), unit) }).ToList()
                : [];
            projection = new ProjectionResponse
            {
                PlanCode = own.PlanCode, TargetYear = own.Year, TargetValue = own.Value, Status = ProgressStatuses.Name(result.Status), Ratio = result.Ratio,
                Baseline = YearValue.From(result.Baseline), Latest = YearValue.From(result.Latest), Implausible = result.Implausible, ImplausibleReason = result.ImplausibleReason, Points = points,
            };
        }

        return new Response
        {
            Indicator = code,
            Area = catalogue.Map.Unit(area)?.Gso ?? area,
            ApprovedOnly = approvedOnly,
            Series = series,
            Goals = goals.Select(g => new GoalResponse
            {
                PlanCode = g.PlanCode, PlanTitleVi = g.PlanTitleVi, PlanTitleEn = g.PlanTitleEn, PlanAreaCode = g.PlanAreaCode,
                PlanAreaNameVi = g.PlanAreaNameVi, PlanAreaNameEn = g.PlanAreaNameEn, Comparator = g.Comparator, Value = g.Value, Year = g.Year,
            }).ToList(),
            Projection = projection,
        };
    }
}
