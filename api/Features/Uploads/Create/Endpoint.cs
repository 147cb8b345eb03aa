using EqualityTracker.Api.Common;
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
                "none is written; the same file twice changes nothing. dryRun=true only reports. A real upload with errors " +
                "answers 422 with the report in the problem's 'report' member. Needs the statistics or admin role.")
            .Accepts<UploadForm>("multipart/form-data")
            .ProducesProblems(400, 401, 403, 413, 422));
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

            var report = await importer.ImportAsync(path, fileName, dryRun, User.Username(), ct);
            if (!dryRun && report.Status == "rejected")
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
