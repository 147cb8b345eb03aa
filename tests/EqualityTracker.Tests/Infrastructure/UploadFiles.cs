using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace EqualityTracker.Tests.Infrastructure;

/// <summary>Sends files to <c>POST /api/uploads</c> the way the web app does: multipart, field <c>file</c>.</summary>
public static class UploadFiles
{
    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string fileName, string text, bool dryRun = false, bool bom = false, string? confirm = null) =>
        client.UploadAsync(fileName, (bom ? Encoding.UTF8.GetPreamble() : []).Concat(Encoding.UTF8.GetBytes(text)).ToArray(), dryRun, confirm);

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string fileName, byte[] content, bool dryRun = false, string? confirm = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal)
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : "text/csv");
        form.Add(file, "file", fileName);
        return await client.PostAsync($"/api/uploads?dryRun={(dryRun ? "true" : "false")}{(confirm is null ? "" : "&confirm=" + Uri.EscapeDataString(confirm))}", form);
    }

    /// <summary>The upload report, whether the answer was 200 or a 422 problem carrying it.</summary>
    public static async Task<JsonElement> ReportAsync(this HttpResponseMessage response)
    {
        var body = await response.ReadJsonAsync();
        return body.TryGetProperty("report", out var report) ? report : body;
    }

    public static (int Inserted, int Updated, int Unchanged, int Rejected, int Flagged) Counts(this JsonElement report) =>
        (report.GetProperty("inserted").GetInt32(), report.GetProperty("updated").GetInt32(), report.GetProperty("unchanged").GetInt32(),
         report.GetProperty("rejected").GetInt32(), report.GetProperty("flagged").GetInt32());

    /// <summary>A CSV with the English header and the given data lines.</summary>
    public static string Csv(params string[] lines) => "code,area,period,sex,value,note\n" + string.Join("\n", lines) + "\n";
}
