using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Values;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Indicators.Values;

public sealed class Endpoint(Database database, CatalogueCache catalogues) : Endpoint<Request, Response>
{
    private const string IndicatorExistsSql = "SELECT COUNT(*) FROM indicators WHERE code = @Code";

    private const string AreaNamesSql = "SELECT code AS Code, name_vi AS NameVi, name_en AS NameEn FROM areas WHERE code = @Code OR parent_code = @Code";

    public override void Configure()
    {
        Get("/api/indicators/{code}/values");
        Description(d => d
            .WithName("GetIndicatorValues")
            .WithTags("Indicators")
            .WithSummary("Số liệu của chỉ số / An indicator's values")
            .WithDescription(
                "The indicator's series for an area: value, numerator, denominator, whether it was reported for the area or " +
                "computed from the areas below it, and coverage (child areas that contributed out of those that exist). " +
                "Computed indicators are factor × numerator / denominator over raw counts (the formula is in the answer); " +
                "an area without its own counts sums its children's numerators and denominators — percentages are never " +
                "averaged. Averages and directly entered percentages do not roll up. Needs a signed-in user.")
            .ProducesProblems(400, 401, 404));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        if (await connection.ExecuteScalarAsync<int>(new CommandDefinition(IndicatorExistsSql, new { req.Code }, cancellationToken: ct)) == 0)
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

        var source = IndicatorSource.For(req.Code, catalogue);
        var series = await IndicatorSeries.LoadAsync(connection, catalogue, req.Code, ReadScope.ApprovedOnly(User, catalogue, area, req.ApprovedOnly), req.Sex, ct,
            req.From is null ? null : Period.Parse(req.From), req.To is null ? null : Period.Parse(req.To));
        var names = (await connection.QueryAsync<AreaName>(new CommandDefinition(AreaNamesSql, new { Code = area }, cancellationToken: ct)))
            .ToDictionary(a => a.Code);

        await Send.OkAsync(new Response
        {
            Indicator = req.Code,
            Area = names[area],
            Formula = source?.Formula is { } f ? new FormulaResponse
            {
                Factor = f.Factor, NumeratorCode = f.NumeratorCode, NumeratorSex = f.NumeratorSex, DenominatorCode = f.DenominatorCode,
                DenominatorSex = f.DenominatorSex, DescriptionVi = f.DescriptionVi, DescriptionEn = f.DescriptionEn,
            } : null,
            RollsUp = source?.RollsUp ?? false,
            Series = series.For(area),
            Children = req.Children
                ? catalogue.AreaChildren[area].Select(child => new ChildSeries { Area = names[child], Series = series.For(child) }).ToList()
                : null,
        }, ct);
    }
}
