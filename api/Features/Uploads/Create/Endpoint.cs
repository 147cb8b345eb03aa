using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Identity;
using FastEndpoints;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace EqualityTracker.Api.Features.Uploads.Create;

public sealed class Endpoint(UploadImporter importer, IOptions<UploadSettings> settings) : Endpoint<Request, Response>
{
    /// <summary>Room for the multipart boundaries and headers around the file itself.</summary>
    private const long MultipartOverhead = 64 * 1024;

    public override void Configure()
    {
        Post("/api/uploads");
        Roles(Identity.Roles.Statistics, Identity.Roles.Admin);
        AllowFileUploads(dontAutoBindFormData: true);
        Description(d => d
            .WithName("CreateUpload")
            .WithTags("Uploads")
            .WithSummary("Tải lên số liệu / Upload data")
            .WithDescription(
                "Multipart upload of a .csv or .xlsx file with columns code, area, period, sex, value, note (headers also in " +
                "Vietnamese: mã, địa bàn, kỳ, giới tính, giá trị, ghi chú). CSV may use ';' with a decimal comma. Every row or " +
                "none is written; the same file twice changes nothing. dryRun=true only reports, and takes no write lock. A real upload with errors " +
                "answers 422 with the report in the problem's 'report' member; a file that cannot be read (empty, corrupt, beyond Excel's or " +
                "the server's limits) 400. Rows that would replace a value entered by hand are listed in 'replacements' and imported only " +
                "when their row numbers are sent in 'confirm' (409 otherwise, nothing written). Rows outside the uploader's area are errors. " +
                "Needs the statistics or admin role.")
            .Accepts<UploadForm>("multipart/form-data")
            .ProducesProblems(401, 403, 413)
            .ProducesProblems<UploadProblem>(400, 409, 422));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        var limit = settings.Value.MaxBytes;
        if (HttpContext.Request.ContentLength > limit + MultipartOverhead)
        {
            await SendTooLargeAsync(limit);
            return;
        }

        if (HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit + MultipartOverhead;
        }

        var dryRun = req.DryRun;
        var confirm = new HashSet<int>();
        var confirmAll = AddRows(confirm, req.Confirm);
        string? fileName = null;
        var path = Path.Combine(Path.GetTempPath(), $"eqt-upload-{Guid.NewGuid():N}");
        try
        {
            await foreach (var section in FormMultipartSectionsAsync(ct))
            {
                if (section.IsFormSection && section.FormSection!.Name == "dryRun")
                {
                    dryRun |= bool.TryParse(await section.FormSection.GetValueAsync(ct), out var value) && value;
                }
                else if (section.IsFormSection && section.FormSection!.Name == "confirm")
                {
                    confirmAll |= AddRows(confirm, await section.FormSection.GetValueAsync(ct));
                }
                else if (section.IsFileSection && fileName is null)
                {
                    fileName = Path.GetFileName(section.FileSection!.FileName);
                    if (!UploadFile.IsSupported(fileName))
                    {
                        ThrowError(Problems.Bilingual($"Tệp '{fileName}' phải có đuôi .csv hoặc .xlsx.", $"File '{fileName}' must be a .csv or .xlsx file."));
                    }

                    if (!await CopyWithinLimitAsync(section.FileSection.FileStream!, path, limit, ct))
                    {
                        await SendTooLargeAsync(limit);
                        return;
                    }
                }
            }

            if (fileName is null)
            {
                ThrowError(Problems.Bilingual("Không có tệp nào trong yêu cầu (trường 'file').", "No file in the request (form field 'file')."));
            }

            Response report;
            try
            {
                var limits = new UploadFileLimits { MaxCellLength = settings.Value.MaxCellLength, MaxDecompressedBytes = settings.Value.MaxDecompressedBytes };
                report = await importer.ImportAsync(path, fileName, dryRun, confirmAll ? null : confirm, User, limits, ct);
            }
            catch (UploadFileException unreadable)
            {
                var where = unreadable.Row is { } row ? $" (dòng {row}{(unreadable.Column is { } c ? $", cột {c}" : "")})" : "";
                var whereEn = unreadable.Row is { } rowEn ? $" (row {rowEn}{(unreadable.Column is { } cEn ? $", column {cEn}" : "")})" : "";
                await Send.ResultAsync(TypedResults.Problem(
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "Không đọc được tệp / The file cannot be read",
                    detail: Problems.Bilingual(unreadable.MessageVi + where, unreadable.MessageEn + whereEn),
                    extensions: new Dictionary<string, object?>
                    {
                        ["errors"] = new[] { new ProblemError("file", Problems.Bilingual(unreadable.MessageVi + where, unreadable.MessageEn + whereEn)) },
                        ["rule"] = unreadable.Rule,
                        ["row"] = unreadable.Row,
                        ["column"] = unreadable.Column,
                    }));
                return;
            }

            if (!dryRun && report.Status == UploadStatuses.Rejected && report.Errors.Count == 0 && report.Unconfirmed > 0)
            {
                var rows = string.Join(",", report.Replacements.Where(r => !r.Confirmed).Select(r => r.RowNumber).Take(20)) + (report.Unconfirmed > 20 ? ",…" : "");
                await Send.ResultAsync(TypedResults.Problem(
                    statusCode: StatusCodes.Status409Conflict,
                    title: "Cần xác nhận ghi đè / Replacements need confirming",
                    detail: Problems.Bilingual(
                        $"{report.Unconfirmed} dòng ({rows}) sẽ thay giá trị do người dùng nhập tay hoặc của kỳ đã khóa; không dòng nào được ghi. Gửi lại với confirm=<số dòng> hoặc confirm=all để ghi.",
                        $"{report.Unconfirmed} rows ({rows}) would replace values entered by hand or of a locked period; nothing was written. Send again with confirm=<row numbers> or confirm=all to import."),
                    extensions: new Dictionary<string, object?> { ["report"] = report }));
                return;
            }

            if (!dryRun && report.Status == UploadStatuses.Rejected)
            {
                await Send.ResultAsync(TypedResults.Problem(
                    statusCode: StatusCodes.Status422UnprocessableEntity,
                    title: "Tệp có lỗi, không ghi dòng nào / The file has errors; nothing was written",
                    detail: Problems.Bilingual($"{report.Rejected} dòng có lỗi.", $"{report.Rejected} rows have errors."),
                    extensions: new Dictionary<string, object?> { ["report"] = report }));
                return;
            }

            await Send.OkAsync(report, ct);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Adds the row numbers of a <c>confirm</c> list; true when it says <c>all</c>.</summary>
    private static bool AddRows(HashSet<int> rows, string? list)
    {
        var all = false;
        foreach (var item in (list ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (int.TryParse(item, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var row))
            {
                rows.Add(row);
            }

            all |= item.Equals("all", StringComparison.OrdinalIgnoreCase);
        }

        return all;
    }

    private static async Task<bool> CopyWithinLimitAsync(Stream source, string path, long limit, CancellationToken ct)
    {
        await using var target = File.Create(path);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, ct)) > 0)
        {
            total += read;
            if (total > limit)
            {
                return false;
            }

            await target.WriteAsync(buffer.AsMemory(0, read), ct);
        }

        return true;
    }

    private Task SendTooLargeAsync(long limit) =>
        Send.ResultAsync(TypedResults.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Tệp quá lớn / File too large",
            detail: Problems.Bilingual($"Tệp lớn hơn giới hạn {limit / (1024 * 1024)} MB.", $"The file is larger than the {limit / (1024 * 1024)} MB limit.")));
}
