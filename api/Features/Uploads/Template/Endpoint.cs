using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Uploads.Create;
using EqualityTracker.Api.Features.Values;
using FastEndpoints;
using MiniExcelLibs;
using NodaTime;

namespace EqualityTracker.Api.Features.Uploads.Template;

/// <summary>An .xlsx to fill: one row per code, area, year and sex the plan's indicators need, value left empty.</summary>
/// <remarks>
/// Codes: the raw quantities behind each computed indicator, and the indicators entered directly. Areas: the plan's
/// area and the areas directly below it. Periods: the plan's years that have started. Rows left empty are skipped
/// on upload, so a template partly filled uploads as it is.
/// </remarks>
public sealed class Endpoint(Database database, CatalogueCache catalogues, IClock clock) : Endpoint<Request>
{
    private const string PlanSql = "SELECT area_code AS AreaCode, start_year AS StartYear, end_year AS EndYear FROM plans WHERE code = @Plan AND status = 'issued'";

    private const string IndicatorsSql = "SELECT DISTINCT indicator_code FROM targets WHERE plan_code = @Plan ORDER BY indicator_code";

    private const string MeasureNamesSql = "SELECT code AS Code, name_vi AS NameVi, name_en AS NameEn, unit_code AS Unit, sexes AS Sexes FROM measures";

    // The GSO codes an upload takes (a new unit's id, 37@2025-07-01, is not one): the plan's unit and the units below it.
    private const string AreaNamesSql = "SELECT gso_code AS Code, name_vi AS NameVi FROM areas WHERE code = @Area OR parent_code = @Area ORDER BY level, code";

    public override void Configure()
    {
        Get("/api/uploads/template");
        Description(d => d
            .WithName("GetUploadTemplate")
            .WithTags("Uploads")
            .WithSummary("Mẫu tải lên cho một kế hoạch / Upload template for a plan")
            .WithDescription("An .xlsx with sheets 'data' (code, area, period, sex, value, note — value to fill), 'codes' and 'areas'.")
            .ProducesDownload(Downloads.Xlsx)
            .ProducesProblems(400, 401, 404));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(req.Plan))
        {
            ThrowError(r => r.Plan, Problems.Bilingual("Cần chọn kế hoạch (plan).", "plan is required."));
        }

        await using var connection = await database.OpenAsync(ct);
        var plan = await connection.QuerySingleOrDefaultAsync<PlanRow>(new CommandDefinition(PlanSql, new { req.Plan }, cancellationToken: ct));
        if (plan is null)
        {
            await Send.ResultAsync(Problems.NotFound($"Không có kế hoạch mã '{req.Plan}'.", $"No plan with code '{req.Plan}'."));
            return;
        }

        var catalogue = await catalogues.GetAsync();
        var indicators = await connection.QueryAsync<string>(new CommandDefinition(IndicatorsSql, new { req.Plan }, cancellationToken: ct));
        var codes = indicators.Select(code => IndicatorSource.For(code, catalogue)).OfType<IndicatorSource>()
            .SelectMany(source => source.MeasureCodes).Distinct().Order(StringComparer.Ordinal).ToList();
        var names = (await connection.QueryAsync<MeasureName>(new CommandDefinition(MeasureNamesSql, cancellationToken: ct))).ToDictionary(m => m.Code);
        var areas = (await connection.QueryAsync<AreaRow>(new CommandDefinition(AreaNamesSql, new { Area = plan.AreaCode }, cancellationToken: ct))).AsList();
        var thisYear = clock.GetCurrentInstant().InZone(Domain.ReportingCalendar.VietNam).Year;

        var data = from code in codes
                   from area in areas
                   from year in Enumerable.Range(plan.StartYear, Math.Min(plan.EndYear, thisYear) - plan.StartYear + 1)
                   from sex in catalogue.Measures[code].Sexes
                   select new Dictionary<string, object?>
                   {
                       ["code"] = code, ["area"] = area.Code, ["period"] = Period.OfYear(year).Id, ["sex"] = sex, ["value"] = null, ["note"] = null,
                   };
        var sheets = new Dictionary<string, object>
        {
            ["data"] = data.ToList(),
            ["codes"] = codes.Select(c => new Dictionary<string, object?>
            {
                ["code"] = c, ["tên"] = names[c].NameVi, ["name"] = names[c].NameEn, ["unit"] = names[c].Unit, ["sexes"] = names[c].Sexes,
            }).ToList(),
            ["areas"] = areas.Select(a => new Dictionary<string, object?> { ["area"] = a.Code, ["tên / name"] = a.NameVi }).ToList(),
        };

        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        await Send.BytesAsync(stream.ToArray(), $"template-{req.Plan}.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", cancellation: ct);
    }

    private sealed class PlanRow
    {
        public string AreaCode { get; init; } = "";
        public int StartYear { get; init; }
        public int EndYear { get; init; }
    }

    private sealed class MeasureName
    {
        public string Code { get; init; } = "";
        public string NameVi { get; init; } = "";
        public string NameEn { get; init; } = "";
        public string Unit { get; init; } = "";
        public string Sexes { get; init; } = "";
    }

    private sealed class AreaRow
    {
        public string Code { get; init; } = "";
        public string NameVi { get; init; } = "";
    }
}
