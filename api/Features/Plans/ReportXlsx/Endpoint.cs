using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Plans.Report;
using EqualityTracker.Api.Features.Progress;
using EqualityTracker.Api.Features.Values;
using FastEndpoints;
using MiniExcelLibs;

namespace EqualityTracker.Api.Features.Plans.ReportXlsx;

public sealed class Endpoint(Database database, CatalogueCache catalogues, AnswerCache cache, NodaTime.IClock clock) : Endpoint<Request>
{
    public override void Configure()
    {
        Get("/api/plans/{code}/report.xlsx");
        AllowAnonymous();
        Options(route => route.RequireRateLimiting(RateLimits.PublicReads));
        Description(d => d
            .WithName("GetPlanReportXlsx")
            .WithTags("Progress")
            .WithSummary("Bảng báo cáo năm (Excel) / Annual report table (Excel)")
            .WithDescription("The same table as report.csv, as an .xlsx workbook: numbers as numbers, text neutralised (a leading quote before =, +, -, @), so nothing in it is a formula.")
            .ProducesDownload(Downloads.Xlsx)
            .ProducesProblems(400, 404));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        var file = await ReportData.CachedFileAsync(cache, database, await catalogues.GetAsync(), clock, req, User, "xlsx", XlsxAsync, ct);
        if (file is null)
        {
            await Send.ResultAsync(Problems.NotFound($"Không có kế hoạch '{req.Code}' hoặc địa bàn '{req.Area}'.", $"No plan '{req.Code}' or area '{req.Area}'."));
            return;
        }

        await Send.BytesAsync(file.Bytes, $"report-{req.Code}-{Domain.AreaMap.GsoOf(file.Area)}.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", cancellation: ct);
    }

    private static async Task<byte[]> XlsxAsync(ReportData report, CancellationToken ct)
    {
        var header = report.Header;
        var rows = report.Rows.Select(row => header.Select((name, i) => (name, row[i])).ToDictionary(x => x.name, x => Cell(x.Item2))).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: report.Plan, cancellationToken: ct);
        return stream.ToArray();
    }

    /// <summary>Numbers as numbers; text neutralised, so that no cell is ever a formula.</summary>
    private static object? Cell(string text) =>
        NumberText.TryParse(text, decimalComma: false, out var number) ? number : SpreadsheetText.Safe(text);
}
