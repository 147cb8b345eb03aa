using System.Globalization;
using System.Text;
using EqualityTracker.Api.Domain;
using MiniExcelLibs;
using Sylvan.Data.Csv;

namespace EqualityTracker.Api.Features.Uploads.Create;

/// <summary>Reads an uploaded <c>.csv</c> or <c>.xlsx</c> file row by row, never whole into memory.</summary>
/// <remarks>
/// CSV: UTF-8 with or without a byte-order mark; <c>,</c> or <c>;</c> between fields, and with <c>;</c> a decimal
/// comma — what Excel writes when Windows is set to Vietnamese. Headers may be English (<c>code, area, period, sex,
/// value, note</c>) or Vietnamese (<c>mã, địa bàn, kỳ, giới tính, giá trị, ghi chú</c>), in any order and case.
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

    private readonly IDisposable? resource;
    private readonly IEnumerable<string?[]> rows;
    private readonly Dictionary<string, int> columnIndex;

    private UploadFile(IEnumerable<string?[]> rows, IReadOnlyList<string?> header, bool decimalComma, IDisposable? resource)
    {
        this.rows = rows;
        this.resource = resource;
        DecimalComma = decimalComma;
        columnIndex = [];
        for (var i = 0; i < header.Count; i++)
        {
            var name = (header[i] ?? "").Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant();
            if (HeaderNames.TryGetValue(name, out var column))
            {
                columnIndex.TryAdd(column, i);
            }
        }
    }

    /// <summary>True when numbers use a decimal comma (CSV with <c>;</c> between fields).</summary>
    public bool DecimalComma { get; }

    /// <summary>The required columns the header lacks.</summary>
    public IReadOnlyList<string> MissingColumns => Columns.Where(c => c != "note" && !columnIndex.ContainsKey(c)).ToList();

    public static bool IsSupported(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".csv" or ".xlsx";

    /// <summary>Opens a file that is on disk (uploads are first streamed to a temporary file).</summary>
    public static UploadFile Open(string path, string fileName, UploadFileLimits limits) => Open(path, fileName);

    public static UploadFile Open(string path, string fileName) =>
        Path.GetExtension(fileName).Equals(".xlsx", StringComparison.OrdinalIgnoreCase) ? OpenXlsx(path) : OpenCsv(path);

    /// <summary>The data rows, numbered as in the file (the header is row 1); rows with no cell filled are skipped.</summary>
    public IEnumerable<UploadRow> Rows()
    {
        var number = 1;
        foreach (var cells in rows)
        {
            number++;
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            yield return new UploadRow(number, Cell(cells, "code"), Cell(cells, "area"), Cell(cells, "period"), Cell(cells, "sex"),
                Cell(cells, "value"), columnIndex.ContainsKey("note") ? Cell(cells, "note") : null);
        }
    }

    public void Dispose() => resource?.Dispose();

    private string Cell(string?[] cells, string column) =>
        columnIndex.TryGetValue(column, out var i) && i < cells.Length ? cells[i] ?? "" : "";

    private static UploadFile OpenCsv(string path)
    {
        var firstLine = File.ReadLines(path, Encoding.UTF8).FirstOrDefault() ?? "";
        var delimiter = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',';
        var reader = CsvDataReader.Create(new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true),
            new CsvDataReaderOptions { Delimiter = delimiter, HasHeaders = true });
        var header = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        return new UploadFile(CsvRows(reader), header, delimiter == ';', reader);
    }

    private static IEnumerable<string?[]> CsvRows(CsvDataReader reader)
    {
        while (reader.Read())
        {
            var cells = new string?[reader.RowFieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.GetString(i);
            }

            yield return cells;
        }
    }

    private static UploadFile OpenXlsx(string path)
    {
        var stream = File.OpenRead(path);
        var rows = MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>()
            .Select(row => row.Values.Select(XlsxText).ToArray());
        var enumerator = rows.GetEnumerator();
        var header = enumerator.MoveNext() ? enumerator.Current : [];
        return new UploadFile(Rest(enumerator), header, decimalComma: false, new Resources(enumerator, stream));
    }

    private static IEnumerable<string?[]> Rest(IEnumerator<string?[]> enumerator)
    {
        while (enumerator.MoveNext())
        {
            yield return enumerator.Current;
        }
    }

    private sealed class Resources(params IDisposable[] items) : IDisposable
    {
        public void Dispose()
        {
            foreach (var item in items)
            {
                item.Dispose();
            }
        }
    }

    /// <summary>Cells typed as numbers come back as doubles: write them so they parse back exactly.</summary>
    private static string? XlsxText(object? cell) => cell switch
    {
        null => null,
        double d => NumberText.Format(d),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString(),
    };
}
