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
        SELECT measure_code AS MeasureCode, area_code AS AreaCode, period AS Period, sex AS Sex, value AS Value, note AS Note
        FROM data_values
        WHERE deleted = 0
          AND (@Code IS NULL OR measure_code = @Code)
          AND (@Area IS NULL OR area_code = @Area)
        ORDER BY measure_code, area_code, period, sex
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
        await foreach (var row in connection.QueryUnbufferedAsync<ValueRow>(Sql, new { req.Code, req.Area }).WithCancellation(ct))
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
            csv.WriteField(row.AreaCode);
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
        public string Period { get; init; } = "";
        public string Sex { get; init; } = "";
        public double Value { get; init; }
        public string? Note { get; init; }
    }
}
