using System.Text;
using CsvHelper;
using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Uploads.Create;
using FastEndpoints;
using Microsoft.AspNetCore.Http.Features;

namespace EqualityTracker.Api.Features.Values.Export;

/// <summary>Stored values as CSV in the upload format: downloading and uploading the file again changes nothing.</summary>
public sealed class Endpoint(Database database, CatalogueCache catalogues) : Endpoint<Request>
{
    private const string Sql = """
        SELECT v.measure_code AS MeasureCode, v.area_code AS AreaCode, a.gso_code AS AreaGso, v.period AS Period, v.sex AS Sex, v.value AS Value, v.note AS Note
        FROM data_values v
        JOIN areas a ON a.code = v.area_code
        WHERE v.deleted = 0
          AND (@Code IS NULL OR v.measure_code = @Code)
          AND (@Area IS NULL OR a.gso_code = @Area OR v.area_code = @Area)
          AND (@Day IS NULL OR ((a.valid_from IS NULL OR a.valid_from <= @Day) AND (a.valid_to IS NULL OR a.valid_to > @Day)))
        ORDER BY v.measure_code, v.area_code, v.period, v.sex
        """;

    public override void Configure()
    {
        Get("/api/values.csv");
        Roles(Identity.Roles.Statistics, Identity.Roles.Admin);
        Description(d => d
            .WithName("ExportValues")
            .WithTags("Values")
            .WithSummary("Tải xuống số liệu (CSV) / Download values (CSV)")
            .WithDescription("UTF-8 CSV with the upload's columns: code, area, period, sex, value, note. Values are written with a decimal point and full precision, so the file re-uploads with zero changes. Notes that a spreadsheet would run as a formula get a leading quote (read back off on upload). For the statistics office and the coordinator, within their area.")
            .ProducesDownload(Downloads.Csv)
            .ProducesProblems(400, 401, 403));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        var from = req.From is null ? (Period?)null : Period.Parse(req.From);
        var to = req.To is null ? (Period?)null : Period.Parse(req.To);
        HttpContext.Response.ContentType = "text/csv; charset=utf-8";
        HttpContext.Response.Headers.ContentDisposition = "attachment; filename=\"values.csv\"";

        // CsvHelper writes synchronously; the rows stream straight to the client instead of being held in memory.
        HttpContext.Features.GetRequiredFeature<IHttpBodyControlFeature>().AllowSynchronousIO = true;
        await using var connection = await database.OpenAsync(ct);
        await using var writer = new StreamWriter(HttpContext.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions(), leaveOpen: true);
        foreach (var column in UploadFile.Columns)
        {
            csv.WriteField(column);
        }

        csv.EndRecord();
        var catalogue = await catalogues.GetAsync();
        await foreach (var row in connection.QueryUnbufferedAsync<ValueRow>(Sql, new { req.Code, req.Area, Day = req.Date }).WithCancellation(ct))
        {
            if (!UserScope.Covers(catalogue, User, row.AreaCode))
            {
                continue;
            }

            var period = Period.Parse(row.Period);
            if ((from is { } f && period.Start < f.Start) || (to is { } t && period.End > t.End))
            {
                continue;
            }

            csv.WriteField(row.MeasureCode);
            csv.WriteField(row.AreaGso); // the GSO code: re-uploaded, the period's first day names the same unit again
            csv.WriteField(row.Period);
            csv.WriteField(row.Sex);
            csv.WriteField(NumberText.Format(row.Value));
            csv.WriteField(SpreadsheetText.Safe(row.Note));
            csv.EndRecord();
        }

        csv.Flush();
    }

    private sealed class ValueRow
    {
        public string MeasureCode { get; init; } = "";
        public string AreaCode { get; init; } = "";
        public string AreaGso { get; init; } = "";
        public string Period { get; init; } = "";
        public string Sex { get; init; } = "";
        public double Value { get; init; }
        public string? Note { get; init; }
    }
}
