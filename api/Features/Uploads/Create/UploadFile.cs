using System.Text;
using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Features.Uploads.Create;

/// <summary>Reads an uploaded <c>.csv</c> or <c>.xlsx</c> file row by row, never whole into memory.</summary>
/// <remarks>
/// <para>
/// CSV: strict UTF-8 with or without a byte-order mark; <c>,</c> or <c>;</c> between fields, and with <c>;</c> a decimal
/// comma — what Excel writes when Windows is set to Vietnamese. Headers may be English (<c>code, area, period, sex,
/// value, note</c>) or Vietnamese (<c>mã, địa bàn, kỳ, giới tính, giá trị, ghi chú</c>), in any order and case.
/// </para>
/// <para>
/// XLSX: the first worksheet, read as a stream of the rows present in its XML (see <see cref="XlsxSheetReader"/>);
/// gaps between rows cost nothing and rows keep their Excel numbers.
/// </para>
/// <para>
/// A file that cannot be read as a whole throws <see cref="UploadFileException"/>, from <see cref="Open(string, string)"/>
/// or lazily from <see cref="Rows"/>; no other exception escapes for malformed input. A row whose shape does not match
/// the header is still yielded, with <see cref="UploadRow.ShapeIssue"/> set.
/// </para>
/// </remarks>
public sealed class UploadFile : IDisposable
{
    public static readonly IReadOnlyList<string> Columns = ["code", "area", "period", "sex", "value", "note"];

    private static readonly Dictionary<string, string> HeaderNames = new(StringComparer.Ordinal)
    {
        ["code"] = "code", ["mã"] = "code", ["mã số"] = "code", ["mã chỉ số"] = "code", ["ma"] = "code",
        ["area"] = "area", ["địa bàn"] = "area", ["mã địa bàn"] = "area", ["đơn vị"] = "area", ["dia ban"] = "area",
        ["period"] = "period", ["kỳ"] = "period", ["kỳ báo cáo"] = "period", ["ky"] = "period",
        ["sex"] = "sex", ["giới tính"] = "sex", ["gioi tinh"] = "sex",
        ["value"] = "value", ["giá trị"] = "value", ["số liệu"] = "value", ["gia tri"] = "value",
        ["note"] = "note", ["ghi chú"] = "note", ["ghi chu"] = "note",
    };

    private readonly IRowSource source;
    private readonly Dictionary<string, int> columnIndex;
    private bool enumerated;

    private UploadFile(IRowSource source, IReadOnlyList<string?> header, bool decimalComma)
    {
        this.source = source;
        DecimalComma = decimalComma;
        columnIndex = ColumnIndex(header);
    }

    /// <summary>True when numbers use a decimal comma (CSV with <c>;</c> between fields).</summary>
    public bool DecimalComma { get; }

    /// <summary>The required columns the header lacks.</summary>
    public IReadOnlyList<string> MissingColumns => Columns.Where(c => c != "note" && !columnIndex.ContainsKey(c)).ToList();

    public static bool IsSupported(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".csv" or ".xlsx";

    /// <summary>Opens a file that is on disk (uploads are first streamed to a temporary file), within the default limits.</summary>
    /// <exception cref="UploadFileException">The file cannot be read as a whole.</exception>
    public static UploadFile Open(string path, string fileName) => Open(path, fileName, UploadFileLimits.Default);

    /// <summary>Opens a file that is on disk within the given limits.</summary>
    /// <exception cref="UploadFileException">The file cannot be read as a whole.</exception>
    public static UploadFile Open(string path, string fileName, UploadFileLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var xlsx = Path.GetExtension(fileName).Equals(".xlsx", StringComparison.OrdinalIgnoreCase);
        IRowSource? source = null;
        try
        {
            source = xlsx ? XlsxSheetReader.Open(path, limits) : CsvRowSource.Open(path, limits);
            var header = source.ReadHeader();
            var file = new UploadFile(source, header, source.DecimalComma);
            source.SetColumnNames(ColumnNames(file.columnIndex));
            return file;
        }
        catch
        {
            source?.Dispose();
            throw;
        }
    }

    /// <summary>The data rows, numbered as in the file (the header is row 1); rows with no cell filled are skipped.</summary>
    /// <remarks>Enumerate once: the rows stream from the file.</remarks>
    /// <exception cref="UploadFileException">The file turns out to be unreadable further down.</exception>
    public IEnumerable<UploadRow> Rows()
    {
        if (enumerated)
        {
            throw new InvalidOperationException("The rows of an upload stream from the file and can be read once.");
        }

        enumerated = true;
        return Enumerate();
    }

    public void Dispose() => source.Dispose();

    private IEnumerable<UploadRow> Enumerate()
    {
        while (source.Next() is { } row)
        {
            if (row.Cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            yield return new UploadRow(row.Number, Cell(row.Cells, "code"), Cell(row.Cells, "area"), Cell(row.Cells, "period"),
                Cell(row.Cells, "sex"), Cell(row.Cells, "value"), columnIndex.ContainsKey("note") ? Cell(row.Cells, "note") : null, row.Shape);
        }
    }

    private string Cell(string?[] cells, string column) =>
        columnIndex.TryGetValue(column, out var i) && i < cells.Length ? cells[i] ?? "" : "";

    private static Dictionary<string, int> ColumnIndex(IReadOnlyList<string?> header)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = (header[i] ?? "").Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant();
            if (HeaderNames.TryGetValue(name, out var column))
            {
                index.TryAdd(column, i);
            }
        }

        return index;
    }

    private static Dictionary<int, string> ColumnNames(Dictionary<string, int> columnIndex) =>
        columnIndex.ToDictionary(pair => pair.Value, pair => pair.Key);

    /// <summary>One row as read from the file: its number in the file, its cells, and what is wrong with its shape.</summary>
    internal sealed record SourceRow(int Number, string?[] Cells, RowIssue? Shape);

    /// <summary>Where rows come from: a CSV or the first sheet of a workbook. Throws only <see cref="UploadFileException"/>.</summary>
    internal interface IRowSource : IDisposable
    {
        bool DecimalComma { get; }

        /// <summary>The header's cells (the first row); throws <c>empty-file</c> when there is none.</summary>
        IReadOnlyList<string?> ReadHeader();

        /// <summary>The known column (code, area…) at each 0-based position, for naming columns in issues.</summary>
        void SetColumnNames(IReadOnlyDictionary<int, string> names);

        /// <summary>The next row present in the file, or null at the end.</summary>
        SourceRow? Next();
    }
}
