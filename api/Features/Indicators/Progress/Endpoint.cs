using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Progress;
using EqualityTracker.Api.Features.Values;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Indicators.Progress;

public sealed class Endpoint(Database database, CatalogueCache catalogues) : Endpoint<Request, Response>
{
    private const string IndicatorSql = "SELECT unit_code FROM indicators WHERE code = @Code";

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
        await using var connection = await database.OpenAsync(ct);
        var unit = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(IndicatorSql, new { req.Code }, cancellationToken: ct));
        if (unit is null)
        {
            await Send.ResultAsync(Problems.NotFound($"Không có chỉ số mã '{req.Code}'.", $"No indicator with code '{req.Code}'."));
            return;
        }

        var catalogue = await catalogues.GetAsync();
        var area = req.Area!;
        if (!catalogue.AreaParents.ContainsKey(area))
        {
            ThrowError(r => r.Area, Problems.Bilingual($"Không có địa bàn mã '{area}'.", $"No area with code '{area}'."));
        }

        var approvedOnly = ReadScope.ApprovedOnly(User, catalogue, area, req.ApprovedOnly);
        var builder = await IndicatorSeries.LoadAsync(connection, catalogue, req.Code, approvedOnly, null, ct);
        var goals = await ProgressCatalogue.ApplicableAsync(connection, catalogue, req.Code, area, ct);
        var yearly = ProgressCatalogue.Yearly(builder, area);
        var own = ProgressCatalogue.Ahead(goals, catalogue, area, yearly.Count == 0 ? null : yearly.Max(o => o.Year));
        ProjectionResponse? projection = null;
        if (own is not null)
        {
            var target = new ProgressTarget(own.Comparator, own.Value, own.Year, ProgressCatalogue.Kind(unit), unit);
            var result = Domain.Progress.Evaluate(target, own.PlanStartYear, yearly, sexRatio: ProgressCatalogue.IsSexRatio(unit));
            var points = result is { Baseline: { } b, Latest: { } l } && l.Year > b.Year && own.Year > l.Year
                ? Enumerable.Range(l.Year, own.Year - l.Year + 1).Select(y => new YearValue { Year = y, Value = Domain.Progress.Bound(Domain.Progress.Project(b, l, y), unit) }).ToList()
                : [];
            projection = new ProjectionResponse
            {
                PlanCode = own.PlanCode, TargetYear = own.Year, TargetValue = own.Value, Status = ProgressStatuses.Name(result.Status), Ratio = result.Ratio,
                Baseline = YearValue.From(result.Baseline), Latest = YearValue.From(result.Latest), Implausible = result.Implausible, ImplausibleReason = result.ImplausibleReason, Points = points,
            };
        }

        await Send.OkAsync(new Response
        {
            Indicator = req.Code,
            Area = area,
            ApprovedOnly = approvedOnly,
            Series = builder.For(area),
            Goals = goals.Select(g => new GoalResponse
            {
                PlanCode = g.PlanCode, PlanTitleVi = g.PlanTitleVi, PlanTitleEn = g.PlanTitleEn, PlanAreaCode = g.PlanAreaCode,
                PlanAreaNameVi = g.PlanAreaNameVi, PlanAreaNameEn = g.PlanAreaNameEn, Comparator = g.Comparator, Value = g.Value, Year = g.Year,
            }).ToList(),
            Projection = projection,
        }, ct);
    }
}
