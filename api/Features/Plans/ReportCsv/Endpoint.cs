using System.Text;
using CsvHelper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Plans.Report;
using EqualityTracker.Api.Features.Progress;
using EqualityTracker.Api.Features.Values;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Plans.ReportCsv;

public sealed class Endpoint(Database database, CatalogueCache catalogues, AnswerCache cache, NodaTime.IClock clock) : Endpoint<Request>
{
    public override void Configure()
    {
        Get("/api/plans/{code}/report.csv");
        AllowAnonymous();
        Options(route => route.RequireRateLimiting(RateLimits.PublicReads));
        Description(d => d
            .WithName("GetPlanReportCsv")
            .WithTags("Progress")
            .WithSummary("Bảng báo cáo năm (CSV) / Annual report table (CSV)")
            .WithDescription("One row per target: lead agency, baseline, each plan year's value, goal and status (UNSD method). Cells starting with =, +, - or @ are prefixed with ' so spreadsheets never run them. UTF-8 with BOM for Excel.")
            .ProducesDownload(Downloads.Csv)
            .ProducesProblems(400, 404));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        var file = await ReportData.CachedFileAsync(cache, database, await catalogues.GetAsync(), clock, req, User, "csv", (report, _) => Task.FromResult(Csv(report)), ct);
        if (file is null)
        {
            await Send.ResultAsync(Problems.NotFound($"Không có kế hoạch '{req.Code}' hoặc địa bàn '{req.Area}'.", $"No plan '{req.Code}' or area '{req.Area}'."));
            return;
        }

        await Send.BytesAsync(file.Bytes, $"report-{req.Code}-{Domain.AreaMap.GsoOf(file.Area)}.csv", "text/csv; charset=utf-8", cancellation: ct);
    }

    private static byte[] Csv(ReportData report)
    {
        using var text = new StringWriter();
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions(), leaveOpen: true))
        {
            foreach (var row in new[] { report.Header }.Concat(report.Rows))
            {
                foreach (var cell in row)
                {
                    csv.WriteField(SpreadsheetText.Safe(cell));
                }

                csv.EndRecord();
            }

            csv.Flush();
        }

        return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
    }
}
