using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EqualityTracker.Api.Domain;
using NodaTime;

namespace EqualityTracker.Api.Features.Plans.AnnualReport;

/// <summary>The annual report as a Word document in the form Vietnamese offices use (Decree 30/2020/NĐ-CP layout).</summary>
/// <remarks>
/// The heading: the issuing body on the left, the national motto on the right, the number and the place-and-date lines
/// under them; the title "BÁO CÁO Kết quả thực hiện …"; sections I (results: targets with their status, activities by
/// domain with their outputs, budget planned and spent), II (difficulties and causes) and III (proposals) from the
/// approved reports; "Nơi nhận". The number is left blank ("Số: /BC-…") and every text is ordinary Word text: the
/// coordinator edits it before signing and sending.
/// </remarks>
public static class AnnualReportDocument
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private static readonly Dictionary<string, string> StatusVi = new(StringComparer.Ordinal)
    {
        ["achieved"] = "Đã đạt", ["on_track"] = "Đúng tiến độ", ["acceleration_needed"] = "Cần đẩy nhanh", ["limited_progress"] = "Tiến bộ hạn chế",
        ["regressing"] = "Đi lùi", ["insufficient_data"] = "Chưa đủ số liệu", ["no_data"] = "Chưa có số liệu", ["not_achieved"] = "Chưa đạt",
        ["implausible"] = "Số liệu bất thường",
        ["not-started"] = "Chưa triển khai", ["in-progress"] = "Đang thực hiện", ["done"] = "Đã hoàn thành", ["postponed"] = "Tạm hoãn", ["cancelled"] = "Hủy bỏ",
    };

    private static readonly Dictionary<string, string> SourceVi = new(StringComparer.Ordinal)
    {
        [BudgetSources.Central] = "Ngân sách Trung ương", [BudgetSources.Provincial] = "Ngân sách địa phương", [BudgetSources.Other] = "Nguồn khác",
    };

    /// <summary>What the report says, block by block: the Word document and the web's print view render the same blocks.</summary>
    public static AnnualReportContent Content(AnnualReportData data, LocalDate today, bool province)
    {
        var blocks = new List<AnnualReportBlock>();
        void Add(string kind, string text) => blocks.Add(new AnnualReportBlock { Kind = kind, Text = text });
        void AddTable(string[] header, IEnumerable<string[]> rows) =>
            blocks.Add(new AnnualReportBlock { Kind = AnnualReportBlock.Table, Header = header, Rows = [.. rows] });

        Add(AnnualReportBlock.Section, "I. KẾT QUẢ THỰC HIỆN");
        Add(AnnualReportBlock.Heading, "1. Kết quả thực hiện các chỉ tiêu");
        if (data.Targets.Count == 0)
        {
            Add(AnnualReportBlock.Note, "Kế hoạch không đặt chỉ tiêu định lượng.");
        }
        else
        {
            AddTable(["Chỉ tiêu", "Nội dung", "Mục tiêu", "Giá trị mới nhất", "Đánh giá"],
                data.Targets.Select(t => new[]
                {
                    $"{t.Objective}.{t.Number}", t.TextVi, $"{t.Comparator} {Number(t.Value)} ({t.Year})",
                    t.Latest is { } latest ? $"{Number(latest.Value)} ({latest.Year})" : "—", StatusVi.GetValueOrDefault(t.Status, t.Status),
                }));
        }

        Add(AnnualReportBlock.Heading, "2. Kết quả thực hiện các nhiệm vụ, hoạt động");
        foreach (var domain in data.Activities.GroupBy(a => a.DomainVi))
        {
            Add(AnnualReportBlock.Note, $"Lĩnh vực: {domain.Key}");
            AddTable(["Số", "Nhiệm vụ, hoạt động", "Tình hình", "Đầu ra (kế hoạch / đạt được)"],
                domain.Select(a => new[]
                {
                    a.Number, a.TextVi, a.Status is { } s ? StatusVi.GetValueOrDefault(s, s) : "Chưa có báo cáo",
                    string.Join("; ", a.Outputs.Select(o => $"{o.TextVi}: {(o.Planned is { } p ? Number(p) : "—")} / {Number(o.Total)}" +
                        (o.BySex ? $" (nữ {Number(o.Female)}, nam {Number(o.Male)})" : ""))
                        .Concat(a.Additional.Select(Additional))),
                }));
        }

        Add(AnnualReportBlock.Heading, "3. Kinh phí thực hiện (triệu đồng)");
        AddTable(["Nguồn", "Kế hoạch", "Đã chi"],
            data.Budget.Select(b => new[] { SourceVi[b.Source], Number(b.Planned), Number(b.Spent) })
                .Append(["Tổng cộng", Number(data.Budget.Sum(b => b.Planned)), Number(data.Budget.Sum(b => b.Spent))]));
        foreach (var (bodyName, text) in data.Results)
        {
            Add(AnnualReportBlock.Paragraph, $"- {bodyName}: {text}");
        }

        Add(AnnualReportBlock.Section, "II. KHÓ KHĂN, VƯỚNG MẮC VÀ NGUYÊN NHÂN");
        Bullets(data.Difficulties, "Các cơ quan, đơn vị chưa nêu khó khăn, vướng mắc.");
        Add(AnnualReportBlock.Section, "III. ĐỀ XUẤT, KIẾN NGHỊ");
        Bullets(data.Proposals, "Các cơ quan, đơn vị chưa nêu đề xuất, kiến nghị.");
        return new AnnualReportContent
        {
            Plan = data.Plan, Year = data.Year, Authority = data.IssuerVi,
            Office = province ? "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" : "PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
            Motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", MottoLine = "Độc lập - Tự do - Hạnh phúc",
            Number = "Số:      /BC-LĐTBXH", PlaceAndDate = $"{data.AreaNameVi}, ngày {today.Day:D2} tháng {today.Month:D2} năm {today.Year}",
            Title = "BÁO CÁO", Subtitle = $"Kết quả thực hiện {Lower(data.TitleVi)} năm {data.Year}",
            Basis = $"(Tổng hợp từ {data.ApprovedReports} báo cáo đã được duyệt của các cơ quan, đơn vị)",
            ApprovedReports = data.ApprovedReports, Blocks = blocks,
            Recipients = ["- UBND tỉnh;", "- Bộ Lao động - Thương binh và Xã hội;", "- Lưu: VT."],
        };

        void Bullets(IReadOnlyList<(string Body, string Text)> items, string none)
        {
            if (items.Count == 0)
            {
                Add(AnnualReportBlock.Note, none);
            }

            foreach (var (bodyName, text) in items)
            {
                Add(AnnualReportBlock.Paragraph, $"- {bodyName}: {text}");
            }
        }
    }

    public static byte[] Write(AnnualReportData data, LocalDate today, bool province) => Write(Content(data, today, province));

    /// <summary>The content as a Word document.</summary>
    public static byte[] Write(AnnualReportContent content)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            body.Append(Heading(content));
            body.Append(Para(content.Title, bold: true, center: true, size: 28));
            body.Append(Para(content.Subtitle, bold: true, center: true));
            body.Append(Para(content.Basis, italic: true, center: true));
            foreach (var block in content.Blocks)
            {
                body.Append(block.Kind switch
                {
                    AnnualReportBlock.Section or AnnualReportBlock.Heading => Para(block.Text!, bold: true),
                    AnnualReportBlock.Note => Para(block.Text!, italic: true),
                    AnnualReportBlock.Table => Table(block.Header!, block.Rows!),
                    _ => Para(block.Text!),
                });
            }

            body.Append(Para("Nơi nhận:", bold: true, italic: true, size: 22));
            foreach (var recipient in content.Recipients)
            {
                body.Append(Para(recipient, size: 22));
            }

            body.Append(new SectionProperties(new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 1134 }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    public static readonly IReadOnlyDictionary<string, string> UnitVi = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["class"] = "lớp", [OutputUnits.Person] = "người", ["news-item"] = "tin, bài", ["model"] = "mô hình", ["team"] = "đoàn",
        ["conference"] = "hội nghị", ["event"] = "sự kiện", ["document"] = "văn bản", ["broadcast"] = "chương trình", ["club"] = "câu lạc bộ",
        ["unit"] = "đơn vị", ["other"] = "",
    };

    /// <summary>"Ngoài kế hoạch: học viên tập huấn: 120 người (nữ 80, nam 35, chưa ghi giới tính 5)".</summary>
    public static string Additional(AchievedOutput output)
    {
        var unit = UnitVi.GetValueOrDefault(output.Unit, output.Unit);
        var text = $"Ngoài kế hoạch: {output.Description}: {Number(output.Total)}{(unit.Length > 0 ? " " + unit : "")}";
        if (AchievedOutputs.NotRecorded(output) is { } unrecorded && (output.Female is not null || output.Male is not null))
        {
            text += $" (nữ {(output.Female is { } f ? Number(f) : "—")}, nam {(output.Male is { } m ? Number(m) : "—")}" +
                (unrecorded > 0 ? $", chưa ghi giới tính {Number(unrecorded)})" : ")");
        }

        return text;
    }

    private static string Lower(string title) => title.Length > 0 ? char.ToLower(title[0], Vietnamese) + title[1..] : title;

    public static string Number(double value) => value.ToString("#,##0.##", Vietnamese);

    private static Paragraph Para(string text, bool bold = false, bool italic = false, bool center = false, int size = 26)
    {
        var properties = new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" }, new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        var paragraph = new Paragraph(new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (center)
        {
            paragraph.PrependChild(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        }

        return paragraph;
    }

    /// <summary>The two-column heading without borders: issuing body | national motto; number | place and date.</summary>
    private static Table Heading(AnnualReportContent content)
    {
        static TableCell Cell(params Paragraph[] lines) => new(lines);
        var table = new Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }));
        table.Append(new TableRow(
            Cell(Para(content.Authority, center: true, size: 26), Para(content.Office, bold: true, center: true, size: 26)),
            Cell(Para(content.Motto, bold: true, center: true, size: 26), Para(content.MottoLine, bold: true, center: true, size: 28))));
        table.Append(new TableRow(Cell(Para(content.Number, center: true)), Cell(Para(content.PlaceAndDate, italic: true, center: true))));
        return table;
    }

    private static Table Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(border, new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }));
        table.Append(new TableRow(header.Select(h => new TableCell(Para(h, bold: true, center: true, size: 24)))));
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(Para(cell, size: 24)))));
        }

        return table;
    }
}

/// <summary>The annual report's content as the Word document lays it out: the heading, the title, then blocks in order.</summary>
public sealed class AnnualReportContent
{
    public required string Plan { get; init; }
    public required int Year { get; init; }

    /// <summary>The issuing authority ("UBND TỈNH NINH BÌNH"), top left.</summary>
    public required string Authority { get; init; }

    /// <summary>The issuing office under it.</summary>
    public required string Office { get; init; }

    /// <summary>The national motto, top right: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".</summary>
    public required string Motto { get; init; }

    /// <summary>"Độc lập - Tự do - Hạnh phúc".</summary>
    public required string MottoLine { get; init; }

    /// <summary>The number line, left blank for the office to fill ("Số:      /BC-LĐTBXH").</summary>
    public required string Number { get; init; }

    /// <summary>"Ninh Bình, ngày 16 tháng 12 năm 2024" (today in Viet Nam).</summary>
    public required string PlaceAndDate { get; init; }

    public required string Title { get; init; }
    public required string Subtitle { get; init; }

    /// <summary>How many approved reports it was compiled from.</summary>
    public required string Basis { get; init; }

    public required int ApprovedReports { get; init; }

    /// <summary>Sections I, II, III in order: section and heading lines, notes, paragraphs and tables.</summary>
    public required IReadOnlyList<AnnualReportBlock> Blocks { get; init; }

    /// <summary>"Nơi nhận" lines.</summary>
    public required IReadOnlyList<string> Recipients { get; init; }
}

/// <summary>One block of the report: a section title (I, II, III), a heading, a note (italic), a paragraph or a table.</summary>
public sealed class AnnualReportBlock
{
    public const string Section = "section";
    public const string Heading = "heading";
    public const string Note = "note";
    public const string Paragraph = "paragraph";
    public const string Table = "table";

    public static IReadOnlyList<string> All { get; } = [Section, Heading, Note, Paragraph, Table];

    [Common.Vocabulary(typeof(AnnualReportBlock))]
    public required string Kind { get; init; }

    /// <summary>The text of every kind but a table.</summary>
    public string? Text { get; init; }

    /// <summary>A table's column headings.</summary>
    public IReadOnlyList<string>? Header { get; init; }

    /// <summary>A table's rows, each as its cells' text.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? Rows { get; init; }
}
