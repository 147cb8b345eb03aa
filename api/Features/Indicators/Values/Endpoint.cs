using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Values;
using EqualityTracker.Api.Features.Areas;
using EqualityTracker.Api.Shapes;
using FastEndpoints;
using NodaTime;

namespace EqualityTracker.Api.Features.Indicators.Values;

public sealed class Endpoint(Database database, CatalogueCache catalogues, IClock clock) : Endpoint<Request, Response>
{
    private const string IndicatorExistsSql = "SELECT COUNT(*) FROM indicators WHERE code = @Code";

    private const string AreaNamesSql = """
        SELECT gso_code AS Code, code AS Unit, name_vi AS NameVi, name_en AS NameEn, valid_from AS ValidFrom, valid_to AS ValidTo
        FROM areas
        WHERE code = @Code OR parent_code = @Code
        """;

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
                "averaged. Averages and directly entered percentages do not roll up. The area is the unit bearing the code on `date` " +
                "(default today); a period that ended before that unit existed is its predecessors' counts summed (origin " +
                "`predecessors`, with the list and their coverage); 422 when a predecessor was split without a known share. " +
                "Needs a signed-in user.")
            .ProducesProblems(400, 401, 404, 422));
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
        var (unit, date, vi, en) = AreaDates.Resolve(catalogue.Map, req.Area!, req.Date, clock);
        if (unit is null)
        {
            if (req.Date is not null && catalogue.Map.ResolveOrLatest(req.Area!, date) is not null)
            {
                await Send.ResultAsync(Problems.NotFound(vi!, en!));
                return;
            }

            ThrowError(r => r.Area, Problems.Bilingual($"Không có địa bàn mã '{req.Area}'.", $"No area with code '{req.Area}'."));
        }

        var area = unit.Id;

        var source = IndicatorSource.For(req.Code, catalogue);
        var series = await IndicatorSeries.LoadAsync(connection, catalogue, req.Code, ReadScope.ApprovedOnly(User, catalogue, area, req.ApprovedOnly), req.Sex, ct,
            req.From is null ? null : Period.Parse(req.From), req.To is null ? null : Period.Parse(req.To));
        var names = (await connection.QueryAsync<AreaName>(new CommandDefinition(AreaNamesSql, new { Code = area }, cancellationToken: ct)))
            .ToDictionary(a => a.Unit!);

        IReadOnlyList<ValuePoint> points;
        try
        {
            points = series.For(area);
        }
        catch (UnknownSplitException split)
        {
            await Send.ResultAsync(Problems.Unprocessable(split.Vi, split.En));
            return;
        }

        var hasPredecessors = catalogue.Map.Predecessors(area).Count > 0;
        await Send.OkAsync(new Response
        {
            Indicator = req.Code,
            Area = names[area],
            PredecessorsNote = hasPredecessors && source is { RollsUp: false }
                ? Problems.Bilingual(
                    "Chỉ số này không cộng dồn được (tỷ lệ nhập trực tiếp hoặc số trung bình): các kỳ trước khi đơn vị ra đời không có giá trị từ các đơn vị tiền thân.",
                    "This indicator does not add up (a directly entered percentage or an average): periods before the unit existed get no value from its predecessors.")
                : null,
            Formula = source?.Formula is { } f ? new FormulaResponse
            {
                Factor = f.Factor, NumeratorCode = f.NumeratorCode, NumeratorSex = f.NumeratorSex, DenominatorCode = f.DenominatorCode,
                DenominatorSex = f.DenominatorSex, DescriptionVi = f.DescriptionVi, DescriptionEn = f.DescriptionEn,
            } : null,
            RollsUp = source?.RollsUp ?? false,
            Series = points,
            Children = req.Children
                ? catalogue.Map.Children(area, date).Select(child => new ChildSeries { Area = names[child.Id], Series = series.For(child.Id) }).ToList()
                : null,
        }, ct);
    }
}
