using System.Globalization;
using System.Text;
using EqualityTracker.Api.Domain;
using Sylvan.Data.Csv;

namespace EqualityTracker.Api.Features.Uploads.Create;

/// <summary>The rows of an uploaded CSV: strict UTF-8, RFC 4180 quoting, records counted from 1 (the header).</summary>
/// <remarks>
/// Sylvan reads ahead, so a decoding error surfaces rows before the bad bytes are parsed; when it does, a second
/// pass (only on that error path) decodes the file with a marker for invalid bytes and finds the record that holds
/// the first one.
/// </remarks>
internal sealed class CsvRowSource : UploadFile.IRowSource
{
    private const int SniffBytes = 64 * 1024;
    private const char InvalidMarker = '\uFFFF';

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string path;
    private readonly UploadFileLimits limits;
    private readonly char delimiter;
    private readonly int bomLength;
    private readonly CsvDataReader reader;
    private IReadOnlyDictionary<int, string> columnNames = new Dictionary<int, string>();
    private int headerCount;
    private int records;

    private CsvRowSource(string path, UploadFileLimits limits, char delimiter, int bomLength, CsvDataReader reader)
    {
        this.path = path;
        this.limits = limits;
        this.delimiter = delimiter;
        this.bomLength = bomLength;
        this.reader = reader;
    }

    public bool DecimalComma => delimiter == ';';

    public static CsvRowSource Open(string path, UploadFileLimits limits)
    {
        var (bomLength, firstLine) = Sniff(path);
        string header;
        try
        {
            header = StrictUtf8.GetString(firstLine);
        }
        catch (DecoderFallbackException e)
        {
            throw InvalidUtf8(1, e);
        }

        var delimiter = header.Count(c => c == ';') > header.Count(c => c == ',') ? ';' : ',';
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        try
        {
            stream.Seek(bomLength, SeekOrigin.Begin);
            var text = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: false);
            var reader = Guard(path, limits, delimiter, bomLength, 0, () => CsvDataReader.Create(text, Options(delimiter, limits)));
            return new CsvRowSource(path, limits, delimiter, bomLength, reader);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    public IReadOnlyList<string?> ReadHeader()
    {
        var header = Next()?.Cells ?? throw EmptyFile();
        headerCount = header.Length;
        return header;
    }

    public void SetColumnNames(IReadOnlyDictionary<int, string> names) => columnNames = names;

    public UploadFile.SourceRow? Next()
    {
        if (!Guard(path, limits, delimiter, bomLength, records, reader.Read))
        {
            return null;
        }

        var number = ++records;
        var cells = new string?[reader.RowFieldCount];
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = reader.GetString(i);
            if (cell.Length > limits.MaxCellLength)
            {
                throw UploadFileException.CellTooLong(number, Label(i), cell.Length, limits.MaxCellLength);
            }

            cells[i] = cell;
        }

        return new UploadFile.SourceRow(number, cells, number == 1 ? null : Shape(number, cells));
    }

    public void Dispose() => reader.Dispose();

    private RowIssue? Shape(int number, string?[] cells)
    {
        if (cells.Length > headerCount)
        {
            var extra = Enumerable.Range(headerCount, cells.Length - headerCount).FirstOrDefault(i => !string.IsNullOrWhiteSpace(cells[i]), headerCount);
            var column = (extra + 1).ToString(CultureInfo.InvariantCulture);
            return new RowIssue(number, column, cells[extra], "extra-fields",
                $"Dòng {number} có {cells.Length} trường, nhiều hơn {headerCount} cột của dòng tiêu đề (thừa từ cột {column}).",
                $"Row {number} has {cells.Length} fields, more than the {headerCount} columns of the header (extra from column {column}).");
        }

        if (cells.Length < headerCount && !cells.All(string.IsNullOrWhiteSpace))
        {
            var column = Label(cells.Length);
            return new RowIssue(number, column, null, "missing-fields",
                $"Dòng {number} chỉ có {cells.Length} trường, ít hơn {headerCount} cột của dòng tiêu đề (thiếu từ cột {column}).",
                $"Row {number} has only {cells.Length} fields, fewer than the {headerCount} columns of the header (missing from column {column}).");
        }

        return null;
    }

    /// <summary>The column's name when it is a known one (code, value…), else its 1-based number.</summary>
    private string Label(int index) =>
        columnNames.TryGetValue(index, out var name) ? name : (index + 1).ToString(CultureInfo.InvariantCulture);

    private static CsvDataReaderOptions Options(char delimiter, UploadFileLimits limits) => new()
    {
        Delimiter = delimiter,
        HasHeaders = false, // the header is read as record 1: duplicate or empty names must not throw
        CsvStyle = CsvStyle.Standard,
        OwnsReader = true,
        BufferSize = 0x10000,
        MaxBufferSize = (int)Math.Clamp(16L * limits.MaxCellLength, 0x10000, 64L * 1024 * 1024),
    };

    /// <summary>Runs one step of Sylvan, turning whatever it throws on malformed input into an <see cref="UploadFileException"/>.</summary>
    private static T Guard<T>(string path, UploadFileLimits limits, char delimiter, int bomLength, int recordsRead, Func<T> step)
    {
        var row = recordsRead + 1;
        try
        {
            return step();
        }
        catch (DecoderFallbackException e)
        {
            throw InvalidUtf8(LocateInvalidUtf8(path, limits, delimiter, bomLength) ?? row, e);
        }
        catch (CsvRecordTooLargeException e)
        {
            throw new UploadFileException("row-too-long",
                $"Dòng {row} quá dài (có thể do một dấu ngoặc kép \" không được đóng).",
                $"Row {row} is too long (perhaps a double quote \" is not closed).", row, null, e);
        }
        catch (CsvMissingHeadersException e)
        {
            throw EmptyFile(e);
        }
        catch (CsvFormatException e)
        {
            throw new UploadFileException("unbalanced-quote",
                $"Dòng {row}: dấu ngoặc kép \" không được đóng, hoặc có ký tự ngay sau dấu ngoặc kép đóng.",
                $"Row {row}: a double quote \" is not closed, or something follows a closing quote.", row, null, e);
        }
        catch (Exception e) when (e is IOException or FormatException or ArgumentException or InvalidOperationException or OverflowException)
        {
            throw new UploadFileException("unreadable-csv",
                $"Dòng {row}: không đọc được tệp CSV.", $"Row {row}: the CSV file cannot be read.", row, null, e);
        }
    }

    /// <summary>The length of a UTF-8 byte-order mark at the start, and the bytes of the first line (without its end).</summary>
    private static (int BomLength, byte[] FirstLine) Sniff(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var buffer = new byte[SniffBytes];
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var bom = length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;

        // Only whitespace (or nothing) after the byte-order mark: an empty file. Stops at the first other byte.
        if (buffer.AsSpan(bom, length - bom).IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            var more = new byte[SniffBytes];
            int read;
            do
            {
                read = stream.ReadAtLeast(more, more.Length, throwOnEndOfStream: false);
                if (read == 0)
                {
                    throw EmptyFile();
                }
            }
            while (more.AsSpan(0, read).IndexOfAnyExcept(" \t\r\n"u8) < 0);
        }

        var line = buffer.AsSpan(bom, length - bom);
        var end = line.IndexOf((byte)'\n');
        if (end >= 0)
        {
            line = line[..end];
        }
        else if (length == buffer.Length)
        {
            // A first line longer than the sniffed bytes: cut at a character boundary, never inside a UTF-8 sequence.
            var cut = line.Length;
            while (cut > 0 && (line[cut - 1] & 0xC0) == 0x80)
            {
                cut--;
            }

            line = line[..Math.Max(0, cut - 1)];
        }

        return (bom, line.TrimEnd((byte)'\r').ToArray());
    }

    /// <summary>The record holding the first invalid UTF-8 byte, found with a decoder that marks such bytes.</summary>
    private static int? LocateInvalidUtf8(string path, UploadFileLimits limits, char delimiter, int bomLength)
    {
        try
        {
            var marking = Encoding.GetEncoding("utf-8", EncoderFallback.ExceptionFallback, new DecoderReplacementFallback(InvalidMarker.ToString()));
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            stream.Seek(bomLength, SeekOrigin.Begin);
            var options = Options(delimiter, limits);
            options.CsvStyle = CsvStyle.Lax;
            using var reader = CsvDataReader.Create(new StreamReader(stream, marking, detectEncodingFromByteOrderMarks: false), options);
            var row = 0;
            while (reader.Read())
            {
                row++;
                for (var i = 0; i < reader.RowFieldCount; i++)
                {
                    if (reader.GetString(i).Contains(InvalidMarker, StringComparison.Ordinal))
                    {
                        return row;
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or FormatException or ArgumentException or InvalidOperationException)
        {
            // The strict pass already failed: without a row the error still stands.
        }

        return null;
    }

    private static UploadFileException InvalidUtf8(int row, Exception inner) => new("invalid-utf8",
        $"Dòng {row}: tệp không phải văn bản UTF-8 hợp lệ. Hãy lưu lại bằng định dạng “CSV UTF-8”.",
        $"Row {row}: the file is not valid UTF-8 text. Save it again as “CSV UTF-8”.", row, null, inner);

    private static UploadFileException EmptyFile(Exception? inner = null) => new("empty-file",
        "Tệp trống: không có dòng tiêu đề nào.", "The file is empty: it has no header row.", null, null, inner);
}
