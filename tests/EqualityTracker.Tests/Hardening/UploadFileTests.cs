using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Uploads.Create;
using MiniExcelLibs;

namespace EqualityTracker.Tests.Hardening;

/// <summary>Hostile and broken uploads: every one is refused with an <see cref="UploadFileException"/> naming its rule and row.</summary>
/// <remarks>Each test writes real files into its own temporary folder; xlsx files are built by hand with <see cref="ZipArchive"/>.</remarks>
public sealed class UploadFileTests
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string Header = "code,area,period,sex,value,note";

    private string folder = "";

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), $"eqt-uploadfile-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    // ---------- CSV ----------

    [Test]
    public void Open_EmptyCsv_IsRefusedAsEmpty()
    {
        var path = WriteBytes("empty.csv", []);

        var error = Refused(path, "empty.csv");

        AssertRule(error, "empty-file", row: null);
    }

    [Test]
    public void Open_BomOnlyCsv_IsRefusedAsEmpty()
    {
        var path = WriteBytes("bom.csv", [0xEF, 0xBB, 0xBF]);

        var error = Refused(path, "bom.csv");

        AssertRule(error, "empty-file", row: null);
    }

    [Test]
    public void Open_WhitespaceOnlyCsv_IsRefusedAsEmpty()
    {
        var path = WriteText("blank.csv", " \r\n\t\n  \n", bom: true);

        var error = Refused(path, "blank.csv");

        AssertRule(error, "empty-file", row: null);
    }

    [Test]
    public void Rows_HeaderOnlyCsv_YieldNothing()
    {
        var path = WriteText("header.csv", Header + "\r\n");

        using var file = UploadFile.Open(path, "header.csv");
        var rows = file.Rows().ToList();

        Assert.That(file.MissingColumns, Is.Empty);
        Assert.That(rows, Is.Empty);
    }

    [Test]
    public void Rows_GoodCsv_AreReadBackNumberedAsInTheFile()
    {
        var path = WriteText("good.csv", Header + "\nLIVE_BIRTHS,377,2024,F,512,\n,,,,,\nLIVE_BIRTHS,377,2024,M,575,\"ước tính, 2024\"\n", bom: true);

        using var file = UploadFile.Open(path, "good.csv");
        var rows = file.Rows().ToList();

        Assert.That(file.DecimalComma, Is.False);
        Assert.That(rows, Is.EqualTo(new[]
        {
            new UploadRow(2, "LIVE_BIRTHS", "377", "2024", "F", "512", ""),
            new UploadRow(4, "LIVE_BIRTHS", "377", "2024", "M", "575", "ước tính, 2024"),
        }));
    }

    [Test]
    public void Rows_SemicolonCsvWithVietnameseHeadersInAnyOrder_UsesTheDecimalComma()
    {
        var path = WriteText("vi.csv", "Giá trị;Mã;Địa bàn;Kỳ;Giới tính\n1.234,5;WAGE_EMPLOYED;369;2024;_T\n");

        using var file = UploadFile.Open(path, "vi.csv");
        var row = file.Rows().Single();

        Assert.That(file.DecimalComma, Is.True);
        Assert.That(file.MissingColumns, Is.Empty);
        Assert.That(row, Is.EqualTo(new UploadRow(2, "WAGE_EMPLOYED", "369", "2024", "_T", "1.234,5", null)));
    }

    [Test]
    public void Rows_CsvWithAnUnbalancedQuoteOnRow3_IsRefusedNamingRow3()
    {
        var path = WriteText("quote.csv", Header + "\nLIVE_BIRTHS,377,2024,F,512,\nLIVE_BIRTHS,377,2024,M,575,\"never closed\nLIVE_BIRTHS,378,2024,M,1,\n");

        var error = Refused(path, "quote.csv");

        AssertRule(error, "unbalanced-quote", row: 3);
    }

    [Test]
    public void Rows_CsvWithInvalidUtf8OnRow4_IsRefusedNamingRow4()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + "\nA,1,2024,F,1,\nA,2,2024,F,1,\nA,3,2024,F,1,x")
            .Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes("\nA,4,2024,F,1,\n")).ToArray();
        var path = WriteBytes("latin.csv", bytes);

        var error = Refused(path, "latin.csv");

        AssertRule(error, "invalid-utf8", row: 4);
    }

    [Test]
    public void Rows_LargeCsvWithInvalidUtf8FarDown_NamesTheRowOfTheBadBytes()
    {
        var text = new StringBuilder(Header + "\n");
        for (var i = 2; i < 5000; i++)
        {
            text.Append("LIVE_BIRTHS,377,2024,F,").Append(i).Append(",\"a note, with a\nline break\"\n");
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString()).Concat(new byte[] { 0x41, 0x80, 0x2C, 0x0A }).ToArray();
        var path = WriteBytes("far.csv", bytes);

        var error = Refused(path, "far.csv");

        AssertRule(error, "invalid-utf8", row: 5000);
    }

    [Test]
    public void Open_CsvWithInvalidUtf8InTheHeader_IsRefusedNamingRow1()
    {
        var path = WriteBytes("header.csv", Encoding.Latin1.GetBytes("code,area,period,sex,value,ghi chú\nA,1,2024,F,1,\n"));

        var error = Refused(path, "header.csv");

        AssertRule(error, "invalid-utf8", row: 1);
    }

    [Test]
    public void Rows_CsvWithAnExtraFieldOnRow2_YieldsTheRowCarryingAnExtraFieldsIssue()
    {
        var path = WriteText("extra.csv", Header + "\nLIVE_BIRTHS,377,2024,F,512,,surprise\nLIVE_BIRTHS,377,2024,M,575,\n");

        using var file = UploadFile.Open(path, "extra.csv");
        var rows = file.Rows().ToList();

        Assert.That(rows, Has.Count.EqualTo(2));
        var issue = rows[0].ShapeIssue;
        Assert.That(issue, Is.Not.Null);
        Assert.That((issue!.Row, issue.Rule, issue.Column, issue.Value), Is.EqualTo((2, "extra-fields", "7", "surprise")));
        AssertMessages(issue.MessageVi, issue.MessageEn);
        Assert.That(rows[0].Value, Is.EqualTo("512"));
        Assert.That(rows[1].ShapeIssue, Is.Null);
    }

    [Test]
    public void Rows_CsvWithAMissingFieldOnRow2_YieldsTheRowCarryingAMissingFieldsIssue()
    {
        var path = WriteText("missing.csv", Header + "\nLIVE_BIRTHS,377,2024,F\nLIVE_BIRTHS,377,2024,M,575,\n");

        using var file = UploadFile.Open(path, "missing.csv");
        var rows = file.Rows().ToList();

        var issue = rows[0].ShapeIssue;
        Assert.That(issue, Is.Not.Null);
        Assert.That((issue!.Row, issue.Rule, issue.Column), Is.EqualTo((2, "missing-fields", "value")));
        AssertMessages(issue.MessageVi, issue.MessageEn);
        Assert.That(rows[1].ShapeIssue, Is.Null);
    }

    [Test]
    public void Rows_CsvCellLongerThanTheLimit_IsRefusedNamingRowAndColumn()
    {
        var path = WriteText("long.csv", Header + "\nLIVE_BIRTHS,377,2024,F,512,ok\nLIVE_BIRTHS,377,2024,M,575," + new string('x', 101) + "\n");

        var error = Refused(path, "long.csv", new UploadFileLimits { MaxCellLength = 100 });

        AssertRule(error, "cell-too-long", row: 3);
        Assert.That(error.Column, Is.EqualTo("note"));
    }

    [Test]
    public void Rows_CsvWithEmptyLines_KeepsTheRowNumbersOfTheFile()
    {
        var path = WriteText("gaps.csv", Header + "\r\n\r\nLIVE_BIRTHS,377,2024,F,512,\r\n\r\n\r\nLIVE_BIRTHS,377,2024,M,575,\r\n");

        using var file = UploadFile.Open(path, "gaps.csv");
        var rows = file.Rows().ToList();

        Assert.That(rows.Select(r => (r.Row, r.Sex, r.ShapeIssue)), Is.EqualTo(new[] { (3, "F", (RowIssue?)null), (6, "M", null) }));
    }

    [Test]
    public void Rows_CsvWithAnUnclosedQuoteFollowedByMegabytesOfText_IsRefusedAsTooLongNamingTheRow()
    {
        var path = WriteText("runaway.csv", Header + "\nA,1,2024,F,1,\nA,2,2024,F,1,\"open\n" + string.Concat(Enumerable.Repeat("A,3,2024,F,1,\n", 300_000)));

        var error = Refused(path, "runaway.csv");

        AssertRule(error, "row-too-long", row: 3);
        Assert.That(error.MessageEn, Does.Contain("quote"));
    }

    [Test]
    public void Open_Utf16Csv_IsRefusedAsInvalidUtf8()
    {
        var path = WriteBytes("utf16.csv", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Header + "\nA,1,2024,F,1,\n")).ToArray());

        var error = Refused(path, "utf16.csv");

        AssertRule(error, "invalid-utf8", row: 1);
    }

    // ---------- XLSX ----------

    [Test]
    public void Rows_GoodXlsxWrittenByMiniExcel_AreReadBack()
    {
        var path = Path.Combine(folder, "good.xlsx");
        MiniExcel.SaveAs(path, new[]
        {
            new Dictionary<string, object?> { ["code"] = "LIVE_BIRTHS", ["area"] = "377", ["period"] = "2024", ["sex"] = "F", ["value"] = 512d, ["note"] = null },
            new Dictionary<string, object?> { ["code"] = "RATE", ["area"] = "377", ["period"] = "2024", ["sex"] = "M", ["value"] = 111.27659574468085, ["note"] = "ước tính" },
        });

        using var file = UploadFile.Open(path, "good.xlsx");
        var rows = file.Rows().ToList();

        Assert.That(file.MissingColumns, Is.Empty);
        Assert.That(rows, Is.EqualTo(new[]
        {
            new UploadRow(2, "LIVE_BIRTHS", "377", "2024", "F", "512", ""),
            new UploadRow(3, "RATE", "377", "2024", "M", "111.27659574468085", "ước tính"),
        }));
        Assert.That(NumberText.TryParse(rows[1].Value, decimalComma: false, out var value) && value == 111.27659574468085, Is.True);
    }

    [Test]
    public void Rows_HandWrittenXlsx_ReadsSharedRichInlineFormulaAndBooleanCellsByTheirReferences()
    {
        var strings = "<sst xmlns=\"" + MainNs + "\"><si><t>LIVE_BIRTHS</t></si><si><r><rPr><b/></rPr><t>ước </t></r><r><t>tính</t></r>" +
                      "<rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh></si></sst>";
        var sheet = HeaderRow() +
                    "<row r=\"5\"><c r=\"A5\" t=\"s\"><v>0</v></c><c t=\"str\"><f>\"37\"&amp;\"7\"</f><v>377</v></c><c r=\"C5\"><v>2024</v></c>" +
                    "<c r=\"D5\" t=\"inlineStr\"><is><t>F</t></is></c><c r=\"E5\"><v>1.5E-7</v></c><c r=\"F5\" t=\"s\"><v>1</v></c></row>" +
                    "<row><c r=\"D6\" t=\"b\"><v>1</v></c></row>";
        var path = Xlsx("hand.xlsx", sheet, strings);

        using var file = UploadFile.Open(path, "hand.xlsx");
        var rows = file.Rows().ToList();

        Assert.That(rows, Is.EqualTo(new[]
        {
            new UploadRow(5, "LIVE_BIRTHS", "377", "2024", "F", "0.00000015", "ước tính"),
            new UploadRow(6, "", "", "", "TRUE", "", ""),
        }));
    }

    [Test]
    public void Open_XlsxWhoseOnlyDataRowIsNumberedTwoBillion_IsRefusedQuickly()
    {
        var path = Xlsx("huge-row.xlsx", HeaderRow() + DataRow(2_000_000_000));
        var clock = Stopwatch.StartNew();

        var error = Refused(path, "huge-row.xlsx");

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
        AssertRule(error, "beyond-excel-limits", row: 2_000_000_000);
    }

    [Test]
    public void Rows_XlsxWithARowAt900000AfterTheHeader_IsReadQuicklyAndNumbered900000()
    {
        var path = Xlsx("gap.xlsx", HeaderRow() + DataRow(900_000));
        var clock = Stopwatch.StartNew();

        using var file = UploadFile.Open(path, "gap.xlsx");
        var rows = file.Rows().ToList();

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
        Assert.That(rows.Select(r => (r.Row, r.Code, r.Value)), Is.EqualTo(new[] { (900_000, "LIVE_BIRTHS", "512") }));
    }

    [Test]
    public void Open_TruncatedXlsx_IsRefusedAsCorrupt()
    {
        var good = Xlsx("whole.xlsx", HeaderRow() + DataRow(2) + DataRow(3));
        var bytes = File.ReadAllBytes(good);
        var path = WriteBytes("half.xlsx", bytes[..(bytes.Length / 2)]);

        var error = Refused(path, "half.xlsx");

        AssertRule(error, "corrupt-xlsx", row: null);
    }

    [Test]
    public void Open_RandomBytesNamedXlsx_IsRefusedAsNotXlsx()
    {
        var bytes = new byte[2048];
        new Random(7).NextBytes(bytes);
        bytes[0] = (byte)'x';
        var path = WriteBytes("random.xlsx", bytes);

        var error = Refused(path, "random.xlsx");

        AssertRule(error, "not-xlsx", row: null);
    }

    [Test]
    public void Open_OleCompoundFileNamedXlsx_IsRefusedAsEncryptedOrXls()
    {
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        var path = WriteBytes("protected.xlsx", bytes);

        var error = Refused(path, "protected.xlsx");

        AssertRule(error, "encrypted-or-xls", row: null);
    }

    [Test]
    public void Open_ZipWithNoSheet_IsRefusedAsNoSheet()
    {
        var path = Zip("nosheet.xlsx",
            ("[Content_Types].xml", ContentTypes),
            ("xl/workbook.xml", $"<workbook xmlns=\"{MainNs}\" xmlns:r=\"{RelNs}\"><sheets/></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>"));

        var error = Refused(path, "nosheet.xlsx");

        AssertRule(error, "no-sheet", row: null);
    }

    [Test]
    public void Open_ZipOfSomethingElse_IsRefusedAsNoSheet()
    {
        var path = Zip("notes.xlsx", ("notes.txt", "hello"));

        var error = Refused(path, "notes.xlsx");

        AssertRule(error, "no-sheet", row: null);
    }

    [Test]
    public void Rows_XlsxWithCellXFE1_IsRefusedAsBeyondExcelLimits()
    {
        var path = Xlsx("wide.xlsx", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>code</t></is></c><c r=\"XFE1\"><v>1</v></c></row>");

        var error = Refused(path, "wide.xlsx");

        AssertRule(error, "beyond-excel-limits", row: 1);
        Assert.That(error.Column, Is.EqualTo("XFE1"));
    }

    [Test]
    public void Open_XlsxWhoseDimensionIsBeyondExcelLimits_IsRefused()
    {
        var path = Xlsx("dimension.xlsx", HeaderRow() + DataRow(2), dimension: "A1:F2000000000");

        var error = Refused(path, "dimension.xlsx");

        AssertRule(error, "beyond-excel-limits", row: null);
        Assert.That(error.Column, Is.EqualTo("A1:F2000000000"));
    }

    [Test]
    public void Open_XlsxWithADtdEntityBomb_IsRefusedAsCorrupt()
    {
        const string laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">" +
                              "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>";
        var path = Zip("laughs.xlsx",
            ("[Content_Types].xml", ContentTypes),
            ("xl/workbook.xml", laughs + $"<workbook xmlns=\"{MainNs}\"><sheets><sheet name=\"&lol3;\"/></sheets></workbook>"));

        var error = Refused(path, "laughs.xlsx");

        AssertRule(error, "corrupt-xlsx", row: null);
    }

    [Test]
    public void Open_XlsxZipBombOf300MegabytesDecompressed_IsRefusedAsTooLargeUncompressed()
    {
        var path = Path.Combine(folder, "bomb.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            AddMinimalParts(zip);
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
            sheet.Write(Encoding.UTF8.GetBytes($"<worksheet xmlns=\"{MainNs}\"><sheetData>" + HeaderRow()));
            var block = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<row/>", 1024 * 1024 / 6)));
            for (long written = 0; written < 300L * 1024 * 1024; written += block.Length)
            {
                sheet.Write(block);
            }

            sheet.Write(Encoding.UTF8.GetBytes("</sheetData></worksheet>"));
        }

        var clock = Stopwatch.StartNew();
        var error = Refused(path, "bomb.xlsx");

        Assert.That(new FileInfo(path).Length, Is.LessThan(5 * 1024 * 1024), "compressed small");
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
        AssertRule(error, "too-large-uncompressed", row: null);
    }

    [Test]
    public void Open_XlsxWhoseWorkbookPartIsABomb_IsRefusedAsTooLargeUncompressed()
    {
        var path = Zip("workbook-bomb.xlsx",
            ("[Content_Types].xml", ContentTypes),
            ("xl/workbook.xml", $"<workbook xmlns=\"{MainNs}\">" + new string(' ', 2 * 1024 * 1024) + "</workbook>"));

        var error = Refused(path, "workbook-bomb.xlsx", new UploadFileLimits { MaxDecompressedBytes = 1024 * 1024 });

        AssertRule(error, "too-large-uncompressed", row: null);
    }

    [Test]
    public void Rows_XlsxWhoseZipUnderstatesTheSheetSize_IsCutAtTheDeclaredSizeAndRefusedAsCorrupt()
    {
        var sheet = HeaderRow() + DataRow(2) + string.Concat(Enumerable.Repeat("<row/>", 4 * 1024 * 1024 / 6));
        var path = Xlsx("liar.xlsx", sheet);
        UnderstateUncompressedSize(path, "xl/worksheets/sheet1.xml", 1000);

        var error = Refused(path, "liar.xlsx", new UploadFileLimits { MaxDecompressedBytes = 1024 * 1024 });

        AssertRule(error, "corrupt-xlsx", row: null);
    }

    [Test]
    public void Rows_XlsxInlineCellLongerThanTheLimit_IsRefusedNamingRowAndColumn()
    {
        var sheet = HeaderRow() + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + new string('x', 101) + "</t></is></c></row>";
        var path = Xlsx("long.xlsx", sheet);

        var error = Refused(path, "long.xlsx", new UploadFileLimits { MaxCellLength = 100 });

        AssertRule(error, "cell-too-long", row: 2);
        Assert.That(error.Column, Is.EqualTo("code"));
    }

    [Test]
    public void Rows_XlsxSharedStringLongerThanTheLimit_IsRefusedWhereItIsUsed()
    {
        var strings = $"<sst xmlns=\"{MainNs}\"><si><t>ok</t></si><si><r><t>{new string('x', 60)}</t></r><r><t>{new string('y', 60)}</t></r></si></sst>";
        var sheet = HeaderRow() + "<row r=\"2\"><c r=\"F2\" t=\"s\"><v>0</v></c></row><row r=\"3\"><c r=\"F3\" t=\"s\"><v>1</v></c></row>";
        var path = Xlsx("long-shared.xlsx", sheet, strings);

        var error = Refused(path, "long-shared.xlsx", new UploadFileLimits { MaxCellLength = 100 });

        AssertRule(error, "cell-too-long", row: 3);
        Assert.That(error.Column, Is.EqualTo("note"));
    }

    [Test]
    public void Rows_XlsxCellBeyondTheHeader_YieldsTheRowCarryingAnExtraFieldsIssue()
    {
        var sheet = HeaderRow() + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>LIVE_BIRTHS</t></is></c><c r=\"H2\"><v>9</v></c></row>";
        var path = Xlsx("extra.xlsx", sheet);

        using var file = UploadFile.Open(path, "extra.xlsx");
        var row = file.Rows().Single();

        Assert.That(row.ShapeIssue, Is.Not.Null);
        Assert.That((row.ShapeIssue!.Row, row.ShapeIssue.Rule, row.ShapeIssue.Column, row.ShapeIssue.Value), Is.EqualTo((2, "extra-fields", "H", "9")));
        AssertMessages(row.ShapeIssue.MessageVi, row.ShapeIssue.MessageEn);
    }

    [Test]
    public void Rows_XlsxOfAMillionRows_StreamInBoundedMemory()
    {
        var path = Path.Combine(folder, "million.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            AddMinimalParts(zip);
            using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
            sheet.Write($"<worksheet xmlns=\"{MainNs}\"><sheetData>" + HeaderRow());
            for (var r = 2; r <= 1_000_001; r++)
            {
                sheet.Write($"<row r=\"{r}\"><c r=\"E{r}\"><v>{r}</v></c></row>");
            }

            sheet.Write("</sheetData></worksheet>");
        }

        using var file = UploadFile.Open(path, "million.xlsx");
        // Live memory only (a full collection at each sample): what the reader keeps, not garbage other tests left.
        var before = GC.GetTotalMemory(forceFullCollection: true);
        long count = 0, peak = 0, last = 0;
        foreach (var row in file.Rows())
        {
            count++;
            last = row.Row;
            if (count % 100_000 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - before);
            }
        }

        Assert.That((count, last), Is.EqualTo((1_000_000L, 1_000_001L)));
        Assert.That(peak, Is.LessThan(64L * 1024 * 1024));
    }

    // ---------- helpers ----------

    /// <summary>Opens and reads every row: the refusal may come from either.</summary>
    private static UploadFileException Refused(string path, string fileName, UploadFileLimits? limits = null) =>
        Assert.Throws<UploadFileException>(() =>
        {
            using var file = UploadFile.Open(path, fileName, limits ?? UploadFileLimits.Default);
            _ = file.Rows().ToList();
        })!;

    private static void AssertRule(UploadFileException error, string rule, int? row)
    {
        Assert.That((error.Rule, error.Row), Is.EqualTo((rule, row)), error.MessageEn + " / " + error.InnerException);
        AssertMessages(error.MessageVi, error.MessageEn);
    }

    private static void AssertMessages(string vi, string en)
    {
        Assert.That(vi, Is.Not.Empty);
        Assert.That(en, Is.Not.Empty);
        Assert.That(vi, Is.Not.EqualTo(en));
    }

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string WriteText(string name, string text, bool bom = false) =>
        WriteBytes(name, (bom ? Encoding.UTF8.GetPreamble() : []).Concat(Encoding.UTF8.GetBytes(text)).ToArray());

    private const string ContentTypes =
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
        "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
        "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" +
        "</Types>";

    private static void AddMinimalParts(ZipArchive zip, bool sharedStrings = false)
    {
        Add(zip, "[Content_Types].xml", ContentTypes);
        Add(zip, "xl/workbook.xml", $"<workbook xmlns=\"{MainNs}\" xmlns:r=\"{RelNs}\"><sheets><sheet name=\"data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        Add(zip, "xl/_rels/workbook.xml.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            $"<Relationship Id=\"rId1\" Type=\"{RelNs}/worksheet\" Target=\"worksheets/sheet1.xml\"/>" +
            (sharedStrings ? $"<Relationship Id=\"rId2\" Type=\"{RelNs}/sharedStrings\" Target=\"sharedStrings.xml\"/>" : "") +
            "</Relationships>");
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }

    private string Zip(string name, params (string Name, string Content)[] entries)
    {
        var path = Path.Combine(folder, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entry, content) in entries)
        {
            Add(zip, entry, content);
        }

        return path;
    }

    /// <summary>A minimal workbook by hand: one sheet with the given <c>sheetData</c> content.</summary>
    private string Xlsx(string name, string sheetData, string? sharedStrings = null, string? dimension = null)
    {
        var path = Path.Combine(folder, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        AddMinimalParts(zip, sharedStrings is not null);
        if (sharedStrings is not null)
        {
            Add(zip, "xl/sharedStrings.xml", sharedStrings);
        }

        Add(zip, "xl/worksheets/sheet1.xml",
            $"<worksheet xmlns=\"{MainNs}\">{(dimension is null ? "" : $"<dimension ref=\"{dimension}\"/>")}<sheetData>{sheetData}</sheetData></worksheet>");
        return path;
    }

    private static string HeaderRow() =>
        "<row r=\"1\">" + string.Concat(Header.Split(',').Select((h, i) => $"<c r=\"{(char)('A' + i)}1\" t=\"inlineStr\"><is><t>{h}</t></is></c>")) + "</row>";

    private static string DataRow(long r) =>
        $"<row r=\"{r}\"><c r=\"A{r}\" t=\"inlineStr\"><is><t>LIVE_BIRTHS</t></is></c><c r=\"B{r}\" t=\"inlineStr\"><is><t>377</t></is></c>" +
        $"<c r=\"C{r}\"><v>2024</v></c><c r=\"D{r}\" t=\"inlineStr\"><is><t>F</t></is></c><c r=\"E{r}\"><v>512</v></c></row>";

    /// <summary>Rewrites the uncompressed size the zip declares for an entry, in its local header and in the central directory.</summary>
    private static void UnderstateUncompressedSize(string path, string entryName, uint size)
    {
        var bytes = File.ReadAllBytes(path);
        var name = Encoding.UTF8.GetBytes(entryName);
        var patched = 0;
        for (var at = 0; (at = bytes.AsSpan(at).IndexOf(name) is var i and >= 0 ? at + i : -1) >= 0; at += name.Length)
        {
            if (at >= 30 && BitConverter.ToUInt32(bytes, at - 30) == 0x04034b50)
            {
                BitConverter.GetBytes(size).CopyTo(bytes, at - 30 + 22);
                patched++;
            }
            else if (at >= 46 && BitConverter.ToUInt32(bytes, at - 46) == 0x02014b50)
            {
                BitConverter.GetBytes(size).CopyTo(bytes, at - 46 + 24);
                patched++;
            }
        }

        Assert.That(patched, Is.EqualTo(2), "local header and central directory patched");
        File.WriteAllBytes(path, bytes);
    }
}
