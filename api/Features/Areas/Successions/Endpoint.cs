using System.Globalization;
using System.Text;
using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Values;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Areas.Successions;

/// <summary>The multipart form, as the API description shows it.</summary>
public sealed class SuccessionsForm
{
    /// <summary>A UTF-8 .csv (',' or ';' between fields) with columns predecessor, successor, effective_date, share (optional).</summary>
    public required IFormFile File { get; init; }
}

public sealed class Endpoint(WriteScopes writes, CatalogueCache catalogues) : EndpointWithoutRequest<Response>
{
    private const int MaxBytes = 2 * 1024 * 1024;

    private const string DeleteSql = "DELETE FROM area_successions WHERE predecessor_code = @Predecessor AND successor_code = @Successor";

    private const string InsertSql = """
        INSERT INTO area_successions (predecessor_code, successor_code, effective_date, share, source)
        VALUES (@Predecessor, @Successor, @EffectiveDate, @Share, @Source)
        """;

    private static readonly string[] Columns = ["predecessor", "successor", "effective_date", "share"];

    public override void Configure()
    {
        Post("/api/areas/successions");
        Roles(Identity.Roles.Admin);
        AllowFileUploads();
        Description(d => d
            .WithName("LoadAreaSuccessions")
            .WithTags("Areas")
            .WithSummary("Nạp danh sách kế thừa đơn vị hành chính / Load area successions")
            .WithDescription(
                "Multipart upload of a CSV from the official lists (which commune became which): columns predecessor (GSO code of the " +
                "unit that ended), successor (GSO code of the unit that took it over), effective_date (ISO date: the successor's first day), " +
                "share (optional, 0 < share ≤ 1: the part of the predecessor's counts that went to this successor). The predecessor is the unit " +
                "bearing its code the day before, the successor the unit bearing its code that day. A predecessor listed with several " +
                "successors and no share is a split without a known share: reads of its successors before the change are refused. Every row " +
                "or none is recorded (422 with row-level errors); loading the same pair again replaces it. Needs the admin role of an area " +
                "covering both units. The product never guesses a commune's successor.")
            .Accepts<SuccessionsForm>("multipart/form-data")
            .ProducesProblems(400, 401, 403)
            .ProducesProblems<SuccessionsProblem>(422));
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        if (Files.Count == 0 || Files[0] is not { } file)
        {
            ThrowError(Problems.Bilingual("Cần gửi một tệp CSV (file).", "A CSV file is required (file)."));
            return;
        }

        if (file.Length > MaxBytes)
        {
            ThrowError(Problems.Bilingual("Tệp quá lớn (tối đa 2 MB).", "The file is too large (at most 2 MB)."));
        }

        string text;
        using (var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true))
        {
            text = await reader.ReadToEndAsync(ct);
        }

        var catalogue = await catalogues.GetAsync();
        var (rows, issues) = Parse(text, catalogue, User, file.FileName);
        var report = new Response { Rows = rows.Count + issues.Select(i => i.Row).Distinct().Count(), Recorded = 0, Replaced = 0, Errors = issues };
        if (issues.Count > 0 || rows.Count == 0)
        {
            await Send.ResultAsync(TypedResults.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "Danh sách có lỗi / The list has errors",
                detail: rows.Count == 0 && issues.Count == 0
                    ? Problems.Bilingual("Tệp không có dòng nào.", "The file has no rows.")
                    : Problems.Bilingual($"{issues.Count} lỗi; không ghi dòng nào.", $"{issues.Count} errors; nothing was recorded."),
                extensions: new Dictionary<string, object?> { ["report"] = report }));
            return;
        }

        await using var work = await writes.BeginAsync(ct);
        var replaced = 0;
        foreach (var row in rows)
        {
            replaced += await work.Connection.ExecuteAsync(new CommandDefinition(DeleteSql, row, work.Transaction, cancellationToken: ct));
            await work.Connection.ExecuteAsync(new CommandDefinition(InsertSql, row, work.Transaction, cancellationToken: ct));
        }

        await CatalogueCache.AdvanceAsync(work.Connection, work.Transaction); // every process reloads the map on its next request
        await work.CommitAsync();
        await Send.OkAsync(new Response { Rows = rows.Count, Recorded = rows.Count, Replaced = replaced, Errors = [] }, ct);
    }

    /// <summary>The rows to record, and every row's problems (line numbers as in the file, the header being line 1).</summary>
    private static (List<Row> Rows, List<RowIssue> Issues) Parse(string text, MeasureCatalogue catalogue, System.Security.Claims.ClaimsPrincipal user, string fileName)
    {
        var rows = new List<Row>();
        var issues = new List<RowIssue>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || string.IsNullOrWhiteSpace(lines[0]))
        {
            return (rows, issues);
        }

        var separator = lines[0].Contains(';') && !lines[0].Contains(',') ? ';' : ',';
        var header = lines[0].Split(separator).Select(h => h.Trim().Trim('"').ToLowerInvariant()).ToList();
        var missing = Columns.Take(3).Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            issues.Add(new RowIssue(1, string.Join(",", missing), lines[0], "missing-columns",
                $"Thiếu cột: {string.Join(", ", missing)}. Cần các cột predecessor (đơn vị cũ), successor (đơn vị mới), effective_date (ngày hiệu lực), share (tỷ lệ, không bắt buộc).",
                $"Missing columns: {string.Join(", ", missing)}. Expected predecessor, successor, effective_date and an optional share."));
            return (rows, issues);
        }

        int At(string column) => header.IndexOf(column);
        var seen = new Dictionary<(string, string), int>();
        var shares = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var line = i + 1;
            var cells = lines[i].Split(separator).Select(c => c.Trim().Trim('"').Trim()).ToList();
            string Cell(string column) => At(column) is var at and >= 0 && at < cells.Count ? cells[at] : "";
            var (predecessorCode, successorCode, dateText, shareText) = (Cell("predecessor"), Cell("successor"), Cell("effective_date"), Cell("share"));
            var before = issues.Count;
            if (!AreaMap.TryParseDate(dateText, out var effective))
            {
                issues.Add(new RowIssue(line, "effective_date", dateText, "invalid-date",
                    $"Ngày hiệu lực '{dateText}' phải có dạng YYYY-MM-DD.", $"Effective date '{dateText}' must be an ISO date (YYYY-MM-DD)."));
                continue;
            }

            double? share = null;
            if (shareText.Length > 0)
            {
                if (double.TryParse(shareText.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 && s <= 1)
                {
                    share = s;
                }
                else
                {
                    issues.Add(new RowIssue(line, "share", shareText, "invalid-share",
                        $"Tỷ lệ '{shareText}' phải là số lớn hơn 0 và không quá 1.", $"Share '{shareText}' must be a number above 0 and at most 1."));
                }
            }

            var predecessor = catalogue.Map.Resolve(predecessorCode, effective.PlusDays(-1));
            if (predecessor is null)
            {
                issues.Add(new RowIssue(line, "predecessor", predecessorCode, "unknown-predecessor",
                    $"Không có đơn vị mang mã '{predecessorCode}' vào ngày {effective.PlusDays(-1):dd/MM/yyyy} (ngày trước ngày hiệu lực).",
                    $"No unit bore the code '{predecessorCode}' on {AreaMap.Format(effective.PlusDays(-1))} (the day before the effective date)."));
            }
            else if (predecessor.To is { } to && to != effective)
            {
                issues.Add(new RowIssue(line, "effective_date", dateText, "not-when-it-ended",
                    $"Đơn vị {predecessorCode} kết thúc ngày {to:dd/MM/yyyy}, không phải ngày hiệu lực {effective:dd/MM/yyyy}.",
                    $"Unit {predecessorCode} ended on {AreaMap.Format(to)}, not on the effective date {AreaMap.Format(effective)}."));
            }

            var successor = catalogue.Map.Resolve(successorCode, effective);
            if (successor is null)
            {
                issues.Add(new RowIssue(line, "successor", successorCode, "unknown-successor",
                    $"Không có đơn vị mang mã '{successorCode}' vào ngày hiệu lực {effective:dd/MM/yyyy}.",
                    $"No unit bore the code '{successorCode}' on the effective date {AreaMap.Format(effective)}."));
            }
            else if (successor.From != effective)
            {
                issues.Add(new RowIssue(line, "effective_date", dateText, "not-when-it-began",
                    $"Đơn vị {successorCode} không bắt đầu vào ngày {effective:dd/MM/yyyy}.",
                    $"Unit {successorCode} did not begin on {AreaMap.Format(effective)}."));
            }

            foreach (var (unit, column) in new[] { (predecessor, "predecessor"), (successor, "successor") })
            {
                if (unit is not null && !UserScope.Covers(catalogue, user, unit.Id))
                {
                    issues.Add(new RowIssue(line, column, unit.Gso, "area-out-of-scope",
                        $"Địa bàn {unit.Gso} không thuộc địa bàn của tài khoản này.", $"Area {unit.Gso} is outside this account's area."));
                }
            }

            if (predecessor is not null && successor is not null)
            {
                if (seen.TryGetValue((predecessor.Id, successor.Id), out var first))
                {
                    issues.Add(new RowIssue(line, "successor", successorCode, "duplicate",
                        $"Trùng cặp đơn vị cũ – đơn vị mới với dòng {first}.", $"Same predecessor and successor as line {first}."));
                }
                else
                {
                    seen[(predecessor.Id, successor.Id)] = line;
                }

                if (share is { } known && (shares[predecessor.Id] = shares.GetValueOrDefault(predecessor.Id) + known) > 1 + 1e-9)
                {
                    issues.Add(new RowIssue(line, "share", shareText, "shares-over-one",
                        $"Tổng tỷ lệ của đơn vị {predecessorCode} vượt quá 1.", $"The shares of unit {predecessorCode} add up to more than 1."));
                }
            }

            if (issues.Count == before && predecessor is not null && successor is not null)
            {
                rows.Add(new Row(predecessor.Id, successor.Id, AreaMap.Format(effective), share, $"upload: {fileName}"));
            }
        }

        return (rows, issues);
    }

    private sealed record Row(string Predecessor, string Successor, string EffectiveDate, double? Share, string Source);
}
