using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Plans.AnnualReport;
using EqualityTracker.Api.Features.Progress;
using EqualityTracker.Api.Features.Values;
using FastEndpoints;
using MiniExcelLibs;

namespace EqualityTracker.Api.Features.Plans.AnnualReportXlsx;

public sealed class Endpoint(Database database, CatalogueCache catalogues, AnswerCache answers) : Endpoint<Request>
{
    public override void Configure()
    {
        Get("/api/plans/{code}/annual-report.xlsx");
        Roles(Identity.Roles.Admin);
        Description(d => d
            .WithName("GetAnnualReportXlsx")
            .WithTags("Reports")
            .WithSummary("Phụ lục báo cáo năm (Excel) / The annual report's annex (Excel)")
            .WithDescription(
                "The tables of annual-report.docx as a workbook: sheets 'chi-tieu' (targets and their status), 'hoat-dong' (activities " +
                "by domain, status, outputs planned and achieved by sex; outputs achieved beyond the plan as rows with ngoai_ke_hoach " +
                "true, their unit, and women, men and people whose sex was not recorded) and 'kinh-phi' (budget planned and spent by source). Numbers " +
                "as numbers, text neutralised so no cell is a formula. For a coordinator over the plan's area.")
            .ProducesDownload(Downloads.Xlsx)
            .ProducesProblems(400, 401, 403, 404));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var catalogue = await catalogues.GetAsync();
        var (data, refusal) = await AnnualReportData.ForReaderAsync(connection, catalogue, answers, User, req.Code, req.Period, ct);
        if (data is null)
        {
            await Send.ResultAsync(refusal!);
            return;
        }


        var sheets = new Dictionary<string, object>
        {
            ["chi-tieu"] = data.Targets.Select(t => new Dictionary<string, object?>
            {
                ["chi_tieu"] = SpreadsheetText.Safe($"{t.Objective}.{t.Number}"), ["noi_dung"] = SpreadsheetText.Safe(t.TextVi),
                ["so_sanh"] = SpreadsheetText.Safe(t.Comparator), ["muc_tieu"] = t.Value, ["nam_muc_tieu"] = t.Year,
                ["gia_tri_moi_nhat"] = t.Latest?.Value, ["nam"] = t.Latest?.Year, ["danh_gia"] = t.Status,
            }).ToList(),
            ["hoat-dong"] = data.Activities.SelectMany(a => (a.Outputs.Count == 0 ? [null] : a.Outputs.Select(o => (AnnualOutput?)o)).Select(o => new Dictionary<string, object?>
            {
                ["so"] = SpreadsheetText.Safe(a.Number), ["linh_vuc"] = SpreadsheetText.Safe(a.DomainVi), ["hoat_dong"] = SpreadsheetText.Safe(a.TextVi),
                ["tinh_hinh"] = a.Status, ["dau_ra"] = o is null ? null : SpreadsheetText.Safe(o.TextVi), ["ke_hoach"] = o?.Planned,
                ["dat_duoc"] = o?.Total, ["nu"] = o is { BySex: true } ? o.Female : null, ["nam"] = o is { BySex: true } ? o.Male : null,
                ["chua_ghi_gioi_tinh"] = null, ["don_vi"] = null, ["ngoai_ke_hoach"] = false,
            }).Concat(a.Additional.Select(o => new Dictionary<string, object?>
            {
                ["so"] = SpreadsheetText.Safe(a.Number), ["linh_vuc"] = SpreadsheetText.Safe(a.DomainVi), ["hoat_dong"] = SpreadsheetText.Safe(a.TextVi),
                ["tinh_hinh"] = a.Status, ["dau_ra"] = SpreadsheetText.Safe(o.Description), ["ke_hoach"] = null,
                ["dat_duoc"] = o.Total, ["nu"] = o.Female, ["nam"] = o.Male,
                ["chua_ghi_gioi_tinh"] = o.Female is null && o.Male is null ? null : AchievedOutputs.NotRecorded(o), ["don_vi"] = o.Unit, ["ngoai_ke_hoach"] = true,
            }))).ToList(),
            ["kinh-phi"] = data.Budget.Select(b => new Dictionary<string, object?>
            {
                ["nguon"] = b.Source, ["ke_hoach_trieu_dong"] = b.Planned, ["da_chi_trieu_dong"] = b.Spent,
            }).ToList(),
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        await Send.BytesAsync(stream.ToArray(), $"phu-luc-{req.Code}-{req.Period}.xlsx", Downloads.Xlsx, cancellation: ct);
    }
}
