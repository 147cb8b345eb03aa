using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Features.Uploads.Create;

/// <summary>The first worksheet of an .xlsx, streamed with <see cref="ZipArchive"/> and <see cref="XmlReader"/>.</summary>
/// <remarks>
/// <para>
/// Only the rows present in the sheet's XML are read, each under its own <c>r</c> number: a row that claims number
/// 2,000,000 after row 2 costs nothing, and nothing is ever made up to fill a gap. Cells are placed by their <c>r</c>
/// reference (a cell without one follows the previous cell, a row without one the previous row).
/// </para>
/// <para>
/// Bounds enforced whatever the file declares: rows up to 1,048,576 and columns up to XFD (also in
/// <c>&lt;dimension&gt;</c>), cells up to <see cref="UploadFileLimits.MaxCellLength"/> characters, and every part read
/// (workbook, relationships, shared strings, sheet) counted byte by byte against
/// <see cref="UploadFileLimits.MaxDecompressedBytes"/> (and refused up front when the sizes the zip declares exceed it).
/// Shared strings are held in memory (each cut at the cell limit), so they weigh on that budget too. DTDs are refused.
/// </para>
/// </remarks>
internal sealed class XlsxSheetReader : UploadFile.IRowSource
{
    public const int MaxRows = 1_048_576;
    public const int MaxColumns = 16_384;

    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private readonly FileStream file;
    private readonly ZipArchive zip;
    private readonly UploadFileLimits limits;
    private readonly Budget budget;
    private readonly SharedStrings strings;
    private readonly XmlReader sheet;
    private readonly StringBuilder text = new();
    private readonly char[] chunk = new char[4096];
    private IReadOnlyDictionary<int, string> columnNames = new Dictionary<int, string>();
    private int headerWidth = -1;
    private int lastRow;
    private int? currentRow;

    private XlsxSheetReader(FileStream file, ZipArchive zip, UploadFileLimits limits, Budget budget, SharedStrings strings, XmlReader sheet)
    {
        this.file = file;
        this.zip = zip;
        this.limits = limits;
        this.budget = budget;
        this.strings = strings;
        this.sheet = sheet;
    }

    public bool DecimalComma => false;

    public static XlsxSheetReader Open(string path, UploadFileLimits limits)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        ZipArchive? zip = null;
        XmlReader? sheet = null;
        try
        {
            CheckSignature(file);
            try
            {
                zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            }
            catch (Exception e) when (IsMalformed(e))
            {
                throw Corrupt(null, e);
            }

            var budget = new Budget(limits.MaxDecompressedBytes);
            var parts = new Parts(zip);
            var (sheetEntry, stringsEntry) = Guard(static () => null, () => FindFirstSheet(parts, budget));
            var declared = sheetEntry.Length + (stringsEntry?.Length ?? 0);
            if (declared > budget.Limit - budget.Spent)
            {
                throw budget.TooLarge();
            }

            var strings = stringsEntry is null ? SharedStrings.Empty : Guard(static () => null, () => SharedStrings.Read(stringsEntry, budget, limits.MaxCellLength));
            sheet = Guard(static () => null, () => OpenXml(sheetEntry, budget));
            return new XlsxSheetReader(file, zip, limits, budget, strings, sheet);
        }
        catch
        {
            sheet?.Dispose();
            zip?.Dispose();
            file.Dispose();
            throw;
        }
    }

    public IReadOnlyList<string?> ReadHeader()
    {
        // The header is the first row with a cell filled (Excel writes formatted empty rows too).
        while (Next() is { } row)
        {
            if (!row.Cells.All(string.IsNullOrWhiteSpace))
            {
                headerWidth = row.Cells.Length;
                return row.Cells;
            }
        }

        throw new UploadFileException("empty-file", "Trang tính đầu tiên trống: không có dòng tiêu đề nào.",
            "The first worksheet is empty: it has no header row.");
    }

    public void SetColumnNames(IReadOnlyDictionary<int, string> names) => columnNames = names;

    public UploadFile.SourceRow? Next() => Guard(() => currentRow, ReadRow);

    public void Dispose()
    {
        sheet.Dispose();
        zip.Dispose();
        file.Dispose();
    }

    private UploadFile.SourceRow? ReadRow()
    {
        currentRow = null;
        while (sheet.Read())
        {
            if (sheet.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (sheet.LocalName == "dimension")
            {
                CheckDimension(sheet.GetAttribute("ref"));
            }
            else if (sheet.LocalName == "row")
            {
                return ReadRowElement();
            }
        }

        return null;
    }

    private UploadFile.SourceRow ReadRowElement()
    {
        var number = RowNumber(sheet.GetAttribute("r"));
        currentRow = number;
        lastRow = number;
        var cells = new List<(int Column, string? Text)>();
        if (!sheet.IsEmptyElement)
        {
            var depth = sheet.Depth;
            var column = -1;
            sheet.Read();
            while (!(sheet.NodeType == XmlNodeType.EndElement && sheet.Depth == depth))
            {
                if (sheet.EOF)
                {
                    throw new XmlException("The sheet ends inside a row.");
                }

                if (sheet.NodeType == XmlNodeType.Element && sheet.LocalName == "c")
                {
                    column = CellColumn(sheet.GetAttribute("r"), column, number);
                    cells.Add((column, ReadCell(number, column)));
                }
                else if (sheet.NodeType == XmlNodeType.Element)
                {
                    sheet.Skip();
                }
                else
                {
                    sheet.Read();
                }
            }
        }

        return Row(number, cells);
    }

    /// <summary>The row's cells up to the header's width; a filled cell beyond it is an <c>extra-fields</c> issue.</summary>
    private UploadFile.SourceRow Row(int number, List<(int Column, string? Text)> cells)
    {
        var width = headerWidth >= 0 ? headerWidth : cells.Count == 0 ? 0 : cells.Max(c => c.Column) + 1;
        var values = new string?[width];
        (int Column, string? Text)? extra = null;
        foreach (var (column, value) in cells)
        {
            if (column < width)
            {
                values[column] = value;
            }
            else if (!string.IsNullOrWhiteSpace(value) && (extra is null || column < extra.Value.Column))
            {
                extra = (column, value);
            }
        }

        RowIssue? shape = null;
        if (extra is { } e)
        {
            var letters = ColumnLetters(e.Column);
            shape = new RowIssue(number, letters, e.Text, "extra-fields",
                $"Dòng {number} có ô {letters}{number} được điền, ngoài {width} cột của dòng tiêu đề (thừa từ cột {letters}).",
                $"Row {number} has cell {letters}{number} filled, beyond the header's {width} columns (extra from column {letters}).");
        }

        return new UploadFile.SourceRow(number, values, shape);
    }

    /// <summary>Reads a <c>&lt;c&gt;</c> element as text; leaves the reader after it.</summary>
    private string? ReadCell(int row, int column)
    {
        var type = sheet.GetAttribute("t");
        if (sheet.IsEmptyElement)
        {
            sheet.Read();
            return null;
        }

        string? value = null;
        string? inline = null;
        var depth = sheet.Depth;
        sheet.Read();
        while (!(sheet.NodeType == XmlNodeType.EndElement && sheet.Depth == depth))
        {
            if (sheet.EOF)
            {
                throw new XmlException("The sheet ends inside a cell.");
            }

            if (sheet.NodeType == XmlNodeType.Element && sheet.LocalName == "v")
            {
                value = ReadText(row, column);
            }
            else if (sheet.NodeType == XmlNodeType.Element && sheet.LocalName == "is")
            {
                text.Clear();
                if (!RichText.Read(sheet, text, chunk, limits.MaxCellLength))
                {
                    throw UploadFileException.CellTooLong(row, Label(column), null, limits.MaxCellLength);
                }

                inline = text.ToString();
            }
            else if (sheet.NodeType == XmlNodeType.Element)
            {
                sheet.Skip(); // <f> formulas, <extLst>…
            }
            else
            {
                sheet.Read();
            }
        }

        sheet.Read();
        return type switch
        {
            "inlineStr" => inline ?? value,
            "s" => SharedString(value, row, column),
            "b" => value switch { "1" => "TRUE", "0" => "FALSE", _ => value },
            "str" or "e" or "d" => value,
            _ => Number(value),
        };
    }

    private string? SharedString(string? value, int row, int column)
    {
        if (value is null)
        {
            return null;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= strings.Count)
        {
            throw new UploadFileException("corrupt-xlsx",
                $"Dòng {row}: ô {ColumnLetters(column)}{row} trỏ tới chuỗi dùng chung không có trong tệp.",
                $"Row {row}: cell {ColumnLetters(column)}{row} refers to a shared string the file does not have.", row, ColumnLetters(column) + row);
        }

        return strings[index] ?? throw UploadFileException.CellTooLong(row, Label(column), null, limits.MaxCellLength);
    }

    /// <summary>Numbers come back as text that <see cref="NumberText.TryParse"/> reads exactly; anything else as it is.</summary>
    private static string? Number(string? value) =>
        value is not null && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? NumberText.Format(number)
            : value;

    /// <summary>The text of the element the reader is on, at most the cell limit; leaves the reader after it.</summary>
    private string ReadText(int row, int column)
    {
        text.Clear();
        if (!RichText.ReadElementText(sheet, text, chunk, limits.MaxCellLength))
        {
            throw UploadFileException.CellTooLong(row, Label(column), null, limits.MaxCellLength);
        }

        return text.ToString();
    }

    private int RowNumber(string? r)
    {
        if (r is null)
        {
            if (lastRow >= MaxRows)
            {
                throw BeyondRows(lastRow + 1L);
            }

            return lastRow + 1;
        }

        if (!long.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            if (r.Length > 0 && r.All(char.IsAsciiDigit))
            {
                throw BeyondRows(null, r);
            }

            throw new UploadFileException("corrupt-xlsx", $"Sau dòng {lastRow}, số dòng '{Shorten(r)}' không hợp lệ.",
                $"After row {lastRow}, row number '{Shorten(r)}' is not valid.", lastRow + 1);
        }

        if (number > MaxRows)
        {
            throw BeyondRows(number);
        }

        if (number <= lastRow)
        {
            throw new UploadFileException("corrupt-xlsx", $"Dòng {number} xuất hiện sau dòng {lastRow}: các dòng trong tệp không theo thứ tự.",
                $"Row {number} comes after row {lastRow}: the rows of the file are out of order.", (int)number);
        }

        return (int)number;
    }

    /// <summary>The 0-based column of a cell reference such as <c>B7</c>; a cell without one follows the previous.</summary>
    private int CellColumn(string? reference, int previous, int row)
    {
        if (reference is null)
        {
            if (previous + 1 >= MaxColumns)
            {
                throw BeyondCell(ColumnLetters(previous + 1) + row, row);
            }

            return previous + 1;
        }

        switch (ParseReference(reference, out var column, out _))
        {
            case Reference.Valid:
                return column;
            case Reference.Beyond:
                throw BeyondCell(reference, row);
            default:
                throw new UploadFileException("corrupt-xlsx", $"Dòng {row}: tham chiếu ô '{Shorten(reference)}' không hợp lệ.",
                    $"Row {row}: cell reference '{Shorten(reference)}' is not valid.", row, Shorten(reference));
        }
    }

    private static void CheckDimension(string? reference)
    {
        if (reference is null)
        {
            return;
        }

        foreach (var part in reference.Split(':'))
        {
            if (ParseReference(part, out _, out _) == Reference.Beyond)
            {
                throw new UploadFileException("beyond-excel-limits",
                    $"Vùng dữ liệu '{Shorten(reference)}' khai báo trong trang tính vượt quá giới hạn của Excel (cột XFD, dòng 1.048.576).",
                    $"The sheet declares a used range '{Shorten(reference)}' beyond Excel's limits (column XFD, row 1,048,576).",
                    null, Shorten(reference));
            }
        }
    }

    private enum Reference
    {
        Valid,
        Beyond,
        Invalid,
    }

    /// <summary>Parses <c>A1</c>-style references (the row part may be absent or, with <c>$</c>, absolute).</summary>
    private static Reference ParseReference(string reference, out int column, out int? row)
    {
        column = -1;
        row = null;
        var span = reference.AsSpan().Trim().TrimStart('$');
        var letters = 0;
        long value = 0;
        while (letters < span.Length && char.IsAsciiLetter(span[letters]))
        {
            value = letters < 4 ? value * 26 + (char.ToUpperInvariant(span[letters]) - 'A' + 1) : value;
            letters++;
        }

        if (letters == 0)
        {
            return Reference.Invalid;
        }

        var digits = span[letters..].TrimStart('$');
        if (digits.Length > 0 && !digits.ContainsAnyExcept("0123456789"))
        {
            if (digits.Length > 9 || long.Parse(digits, CultureInfo.InvariantCulture) > MaxRows)
            {
                return Reference.Beyond;
            }

            row = int.Parse(digits, CultureInfo.InvariantCulture);
            if (row == 0)
            {
                return Reference.Invalid;
            }
        }
        else if (digits.Length > 0)
        {
            return Reference.Invalid;
        }

        if (letters > 3 || value > MaxColumns)
        {
            return Reference.Beyond;
        }

        column = (int)value - 1;
        return Reference.Valid;
    }

    /// <summary>The letters of a 0-based column: 0 → A, 16383 → XFD.</summary>
    public static string ColumnLetters(int column)
    {
        var letters = new StringBuilder();
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters.Insert(0, (char)('A' + (n - 1) % 26));
        }

        return letters.ToString();
    }

    private string Label(int column) => columnNames.TryGetValue(column, out var name) ? name : ColumnLetters(column);

    private static UploadFileException BeyondRows(long? number, string? text = null)
    {
        var shown = number?.ToString("N0", CultureInfo.GetCultureInfo("vi-VN")) ?? Shorten(text ?? "");
        var shownEn = number?.ToString("N0", CultureInfo.InvariantCulture) ?? Shorten(text ?? "");
        return new UploadFileException("beyond-excel-limits",
            $"Dòng {shown} vượt quá giới hạn của Excel (1.048.576 dòng).",
            $"Row {shownEn} is beyond Excel's limit of 1,048,576 rows.",
            number is <= int.MaxValue ? (int)number : null);
    }

    private static UploadFileException BeyondCell(string reference, int row) => new("beyond-excel-limits",
        $"Ô {Shorten(reference)} vượt quá giới hạn của Excel (cột XFD, dòng 1.048.576).",
        $"Cell {Shorten(reference)} is beyond Excel's limits (column XFD, row 1,048,576).", row, Shorten(reference));

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";

    private static void CheckSignature(FileStream file)
    {
        var head = new byte[8];
        var length = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        file.Seek(0, SeekOrigin.Begin);
        if (length == 0)
        {
            throw new UploadFileException("empty-file", "Tệp trống.", "The file is empty.");
        }

        if (length == 8 && head.AsSpan().SequenceEqual(OleSignature))
        {
            throw new UploadFileException("encrypted-or-xls",
                "Tệp được đặt mật khẩu (mã hóa) hoặc là tệp Excel cũ .xls. Hãy bỏ mật khẩu rồi lưu lại dạng Excel Workbook (.xlsx).",
                "The workbook is password-protected (encrypted) or an old .xls file. Remove the password and save it as an Excel Workbook (.xlsx).");
        }

        if (length < 4 || head[0] != (byte)'P' || head[1] != (byte)'K' || (head[2], head[3]) is not ((3, 4) or (5, 6) or (7, 8)))
        {
            throw new UploadFileException("not-xlsx",
                "Tệp không phải là bảng tính Excel .xlsx (không phải tệp nén zip).",
                "The file is not an Excel .xlsx workbook (it is not a zip archive).");
        }
    }

    private static bool IsMalformed(Exception e) =>
        e is InvalidDataException or IOException or XmlException or FormatException or ArgumentException
            or NotSupportedException or InvalidOperationException or OverflowException or IndexOutOfRangeException;

    private static UploadFileException Corrupt(int? row, Exception inner) => new("corrupt-xlsx",
        row is { } r
            ? $"Dòng {r}: tệp .xlsx bị hỏng hoặc không đầy đủ (có thể việc tải lên bị cắt ngang)."
            : "Tệp .xlsx bị hỏng hoặc không đầy đủ (có thể việc tải lên bị cắt ngang).",
        row is { } n
            ? $"Row {n}: the .xlsx file is corrupt or incomplete (perhaps the upload was cut short)."
            : "The .xlsx file is corrupt or incomplete (perhaps the upload was cut short).",
        row, null, inner);

    private static T Guard<T>(Func<int?> row, Func<T> step)
    {
        try
        {
            return step();
        }
        catch (Exception e) when (IsMalformed(e))
        {
            throw Corrupt(row(), e);
        }
    }

    /// <summary>
    /// Opens a part, refused at once when its declared size exceeds what is left of the budget. The entry stream stops
    /// at the declared size (an understated size truncates the part: corrupt), and every byte read is counted anyway.
    /// </summary>
    private static XmlReader OpenXml(ZipArchiveEntry entry, Budget budget)
    {
        if (entry.Length > budget.Limit - budget.Spent)
        {
            throw budget.TooLarge();
        }

        return XmlReader.Create(new CountingStream(entry.Open(), budget), new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
            MaxCharactersFromEntities = 1024,
        });
    }

    /// <summary>Finds the first worksheet (and the shared strings) through the package and workbook relationships.</summary>
    private static (ZipArchiveEntry Sheet, ZipArchiveEntry? Strings) FindFirstSheet(Parts parts, Budget budget)
    {
        var workbookPath = "xl/workbook.xml";
        if (parts.Find("_rels/.rels") is { } packageRels)
        {
            var main = Relationships(packageRels, budget, "").FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal));
            if (main.Target is not null && parts.Find(main.Target) is not null)
            {
                workbookPath = main.Target;
            }
        }

        var workbook = parts.Find(workbookPath) ?? throw NoSheet();
        var folder = workbookPath.Contains('/', StringComparison.Ordinal) ? workbookPath[..workbookPath.LastIndexOf('/')] : "";
        var relsPath = (folder.Length > 0 ? folder + "/" : "") + "_rels/" + Path.GetFileName(workbookPath) + ".rels";
        var rels = parts.Find(relsPath) is { } relsEntry ? Relationships(relsEntry, budget, folder) : [];

        ZipArchiveEntry? sheet = null;
        using (var xml = OpenXml(workbook, budget))
        {
            while (sheet is null && xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet")
                {
                    var id = RelationshipId(xml);
                    var rel = rels.FirstOrDefault(r => r.Id == id);
                    if (rel.Target is not null && rel.Type.EndsWith("/worksheet", StringComparison.Ordinal))
                    {
                        sheet = parts.Find(rel.Target);
                    }
                }
            }
        }

        var strings = rels.FirstOrDefault(r => r.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)).Target is { } target
            ? parts.Find(target)
            : parts.Find((folder.Length > 0 ? folder + "/" : "") + "sharedStrings.xml");
        return (sheet ?? throw NoSheet(), strings);
    }

    private static UploadFileException NoSheet() => new("no-sheet",
        "Tệp .xlsx không có trang tính (worksheet) nào.", "The .xlsx workbook has no worksheet.");

    private static string? RelationshipId(XmlReader xml)
    {
        for (var i = 0; i < xml.AttributeCount; i++)
        {
            xml.MoveToAttribute(i);
            if (xml.LocalName == "id" && xml.NamespaceURI.Length > 0)
            {
                var id = xml.Value;
                xml.MoveToElement();
                return id;
            }
        }

        xml.MoveToElement();
        return null;
    }

    private static List<(string Id, string Type, string Target)> Relationships(ZipArchiveEntry entry, Budget budget, string folder)
    {
        var list = new List<(string, string, string)>();
        using var xml = OpenXml(entry, budget);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship" && xml.GetAttribute("TargetMode") != "External"
                && xml.GetAttribute("Id") is { } id && xml.GetAttribute("Target") is { } target)
            {
                list.Add((id, xml.GetAttribute("Type") ?? "", Resolve(folder, target)));
            }
        }

        return list;
    }

    /// <summary>A relationship target as a part name: absolute (<c>/xl/…</c>) or relative to the source's folder.</summary>
    private static string Resolve(string folder, string target)
    {
        var segments = new List<string>();
        var path = target.StartsWith('/') ? target : (folder.Length > 0 ? folder + "/" : "") + target;
        foreach (var segment in path.Split('/', '\\'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment.Length > 0 && segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }

    /// <summary>The zip's entries by part name, case-insensitively (as Office reads them); the first of duplicates wins.</summary>
    private sealed class Parts
    {
        private readonly Dictionary<string, ZipArchiveEntry> entries = new(StringComparer.OrdinalIgnoreCase);

        public Parts(ZipArchive zip)
        {
            foreach (var entry in zip.Entries)
            {
                entries.TryAdd(entry.FullName.TrimStart('/').Replace('\\', '/'), entry);
            }
        }

        public ZipArchiveEntry? Find(string name) => entries.GetValueOrDefault(name.TrimStart('/'));
    }

    /// <summary>The bytes decompressed so far, against the limit.</summary>
    private sealed class Budget(long limit)
    {
        public long Limit { get; } = limit;

        public long Spent { get; private set; }

        public void Spend(int bytes)
        {
            Spent += bytes;
            if (Spent > Limit)
            {
                throw TooLarge();
            }
        }

        public UploadFileException TooLarge() => new("too-large-uncompressed",
            $"Tệp .xlsx khi giải nén lớn hơn giới hạn {Megabytes(Limit)} MB.",
            $"The .xlsx file is larger than the {Megabytes(Limit)} MB limit once decompressed.");

        private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture);
    }

    /// <summary>A read-only stream that charges every byte it yields to the budget.</summary>
    private sealed class CountingStream(Stream inner, Budget budget) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            budget.Spend(read);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>The shared-string table: rich-text runs concatenated, phonetic runs left out; null for a string over the cell limit.</summary>
    private sealed class SharedStrings
    {
        public static readonly SharedStrings Empty = new([]);

        private readonly List<string?> items;

        private SharedStrings(List<string?> items) => this.items = items;

        public int Count => items.Count;

        public string? this[int index] => items[index];

        public static SharedStrings Read(ZipArchiveEntry entry, Budget budget, int maxLength)
        {
            var items = new List<string?>();
            var text = new StringBuilder();
            var chunk = new char[4096];
            using var xml = OpenXml(entry, budget);
            xml.Read();
            while (!xml.EOF)
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
                {
                    text.Clear();
                    items.Add(RichText.Read(xml, text, chunk, maxLength) ? (text.Length == 0 ? "" : text.ToString()) : null);
                }
                else
                {
                    xml.Read();
                }
            }

            return new SharedStrings(items);
        }
    }

    /// <summary>Bounded reading of text content: never more than the cell limit is kept.</summary>
    private static class RichText
    {
        /// <summary>
        /// Reads an <c>&lt;si&gt;</c> or <c>&lt;is&gt;</c>: the <c>&lt;t&gt;</c> texts, direct or inside <c>&lt;r&gt;</c> runs,
        /// concatenated; phonetic runs skipped. False when longer than <paramref name="maxLength"/>. Leaves the reader after it.
        /// </summary>
        public static bool Read(XmlReader xml, StringBuilder text, char[] chunk, int maxLength)
        {
            if (xml.IsEmptyElement)
            {
                xml.Read();
                return true;
            }

            var fits = true;
            var depth = xml.Depth;
            xml.Read();
            while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
            {
                if (xml.EOF)
                {
                    throw new XmlException("The part ends inside a string.");
                }

                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t")
                {
                    fits &= ReadElementText(xml, text, chunk, maxLength);
                }
                else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "r" && !xml.IsEmptyElement)
                {
                    xml.Read(); // into the run: its <t> is read above, its <rPr> skipped below
                }
                else if (xml.NodeType == XmlNodeType.Element)
                {
                    xml.Skip(); // <rPh>, <rPr>, <phoneticPr>…
                }
                else
                {
                    xml.Read();
                }
            }

            xml.Read();
            return fits;
        }

        /// <summary>Appends the text of the element the reader is on; false (and stops keeping text) past the limit. Leaves the reader after it.</summary>
        public static bool ReadElementText(XmlReader xml, StringBuilder text, char[] chunk, int maxLength)
        {
            if (xml.IsEmptyElement)
            {
                xml.Read();
                return text.Length <= maxLength;
            }

            var depth = xml.Depth;
            xml.Read();
            while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
            {
                if (xml.EOF)
                {
                    throw new XmlException("The part ends inside a text.");
                }

                if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
                {
                    int read;
                    while ((read = xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                    {
                        if (text.Length <= maxLength)
                        {
                            text.Append(chunk, 0, Math.Min(read, maxLength + 1 - text.Length));
                        }
                    }

                    xml.Read();
                }
                else if (xml.NodeType == XmlNodeType.Element)
                {
                    xml.Skip();
                }
                else
                {
                    xml.Read();
                }
            }

            xml.Read();
            return text.Length <= maxLength;
        }
    }
}
