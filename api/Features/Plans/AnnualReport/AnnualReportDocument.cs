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

    public static byte[] Write(AnnualReportData data, LocalDate today, bool province)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            var office = province ? "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" : "PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI";
            body.Append(Heading(data.IssuerVi, office, $"Số:      /BC-LĐTBXH",
                $"{data.AreaNameVi}, ngày {today.Day:D2} tháng {today.Month:D2} năm {today.Year}"));
            body.Append(Para("BÁO CÁO", bold: true, center: true, size: 28));
            body.Append(Para($"Kết quả thực hiện {Lower(data.TitleVi)} năm {data.Year}", bold: true, center: true));
            body.Append(Para($"(Tổng hợp từ {data.ApprovedReports} báo cáo đã được duyệt của các cơ quan, đơn vị)", italic: true, center: true));

            body.Append(Para("I. KẾT QUẢ THỰC HIỆN", bold: true));
            body.Append(Para("1. Kết quả thực hiện các chỉ tiêu", bold: true));
            body.Append(data.Targets.Count == 0
                ? Para("Kế hoạch không đặt chỉ tiêu định lượng.", italic: true)
                : Table(["Chỉ tiêu", "Nội dung", "Mục tiêu", "Giá trị mới nhất", "Đánh giá"],
                    data.Targets.Select(t => new[]
                    {
                        $"{t.Objective}.{t.Number}", t.TextVi, $"{t.Comparator} {Number(t.Value)} ({t.Year})",
                        t.Latest is { } latest ? $"{Number(latest.Value)} ({latest.Year})" : "—", StatusVi.GetValueOrDefault(t.Status, t.Status),
                    })));
            body.Append(Para("2. Kết quả thực hiện các nhiệm vụ, hoạt động", bold: true));
            foreach (var domain in data.Activities.GroupBy(a => a.DomainVi))
            {
                body.Append(Para($"Lĩnh vực: {domain.Key}", italic: true));
                body.Append(Table(["Số", "Nhiệm vụ, hoạt động", "Tình hình", "Đầu ra (kế hoạch / đạt được)"],
                    domain.Select(a => new[]
                    {
                        a.Number, a.TextVi, a.Status is { } s ? StatusVi.GetValueOrDefault(s, s) : "Chưa có báo cáo",
                        string.Join("; ", a.Outputs.Select(o => $"{o.TextVi}: {(o.Planned is { } p ? Number(p) : "—")} / {Number(o.Total)}" +
                            (o.BySex ? $" (nữ {Number(o.Female)}, nam {Number(o.Male)})" : ""))),
                    })));
            }

            body.Append(Para("3. Kinh phí thực hiện (triệu đồng)", bold: true));
            body.Append(Table(["Nguồn", "Kế hoạch", "Đã chi"],
                data.Budget.Select(b => new[] { SourceVi[b.Source], Number(b.Planned), Number(b.Spent) })
                    .Append(["Tổng cộng", Number(data.Budget.Sum(b => b.Planned)), Number(data.Budget.Sum(b => b.Spent))])));
            foreach (var (bodyName, text) in data.Results)
            {
                body.Append(Para($"- {bodyName}: {text}"));
            }

            body.Append(Para("II. KHÓ KHĂN, VƯỚNG MẮC VÀ NGUYÊN NHÂN", bold: true));
            body.Append(Bullets(data.Difficulties, "Các cơ quan, đơn vị chưa nêu khó khăn, vướng mắc."));
            body.Append(Para("III. ĐỀ XUẤT, KIẾN NGHỊ", bold: true));
            body.Append(Bullets(data.Proposals, "Các cơ quan, đơn vị chưa nêu đề xuất, kiến nghị."));
            body.Append(Para("Nơi nhận:", bold: true, italic: true, size: 22));
            body.Append(Para("- UBND tỉnh;", size: 22));
            body.Append(Para("- Bộ Lao động - Thương binh và Xã hội;", size: 22));
            body.Append(Para("- Lưu: VT.", size: 22));
            body.Append(new SectionProperties(new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 1134 }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static string Lower(string title) => title.Length > 0 ? char.ToLower(title[0], Vietnamese) + title[1..] : title;

    private static string Number(double value) => value.ToString("#,##0.##", Vietnamese);

    private static OpenXmlElement[] Bullets(IReadOnlyList<(string Body, string Text)> items, string none) =>
        items.Count == 0 ? [Para(none, italic: true)] : [.. items.Select(i => Para($"- {i.Body}: {i.Text}"))];

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
    private static Table Heading(string authority, string office, string number, string placeAndDate)
    {
        static TableCell Cell(params Paragraph[] lines) => new(lines);
        var table = new Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }));
        table.Append(new TableRow(
            Cell(Para(authority, center: true, size: 26), Para(office, bold: true, center: true, size: 26)),
            Cell(Para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, center: true, size: 26), Para("Độc lập - Tự do - Hạnh phúc", bold: true, center: true, size: 28))));
        table.Append(new TableRow(Cell(Para(number, center: true)), Cell(Para(placeAndDate, italic: true, center: true))));
        return table;
    }

    private static Table Table(string[] header, IEnumerable<string[]> rows)
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
