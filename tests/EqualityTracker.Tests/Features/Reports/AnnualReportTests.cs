using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;
using MiniExcelLibs;
using NodaTime;

namespace EqualityTracker.Tests.Features.Reports;

/// <summary>
/// Ninh Bình 2024: Health reports its year with trainees by sex, the Women's Union its Action Month; the coordinator
/// approves both and downloads the compiled annual report (Word) and its annex (Excel).
/// </summary>
public sealed class AnnualReportTests() : ApiTest(DatabaseProvider.Sqlite)
{
    private const string Plan = "NB-2021-2025";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Jwt:Lifetime"] = "60.00:00:00" };

    [OneTimeSetUp]
    public async Task FileAndApproveTheYearsReports()
    {
        Factory.Clock.Reset(Instant.FromUtc(2024, 12, 16, 3, 0));
        using var doh = await SignInAsync("doh");
        using var wu = await SignInAsync("wu");
        using var admin = await SignInAsync("admin");
        const string health = $"/api/plans/{Plan}/reports/37/DOH/year/2024";
        const string union = $"/api/plans/{Plan}/reports/37/WU/action-month/2024";
        await Expect(doh.PutAsJsonAsync(health, new
        {
            results = "Tập huấn cho cán bộ dân số",
            difficulties = "Thiếu kinh phí tập huấn ở cấp xã",
            proposals = "Bố trí kinh phí tập huấn năm 2025",
            items = new[]
            {
                new
                {
                    activity = "III.2.4.2", status = "done", note = (string?)null,
                    outputs = new[] { new { number = 1, sex = "F", achieved = 30.0 }, new { number = 1, sex = "M", achieved = 20.0 } },
                    spent = new[] { new { source = "provincial", amount = 45.0 } },
                },
            },
        }));
        await Expect(wu.PutAsJsonAsync(union, new
        {
            results = "12 buổi truyền thông", difficulties = "Hội viên ở xa, khó tập trung",
            items = new[]
            {
                new
                {
                    activity = "V.19.2", status = "in-progress",
                    additionalOutputs = new object[]
                    {
                        new { unit = "class", description = "Lớp tập huấn phòng, chống bạo lực gia đình", total = 4 },
                        new { unit = "person", description = "Học viên tập huấn", total = 120, female = 85, male = 30 },
                    },
                },
            },
        }));
        foreach (var (client, url) in new[] { (doh, health), (wu, union) })
        {
            await Expect(client.PostAsync(url + "/submit", null));
            await Expect(admin.PostAsync(url + "/approve", null));
        }
    }

    private static async Task Expect(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task TheWordDocument_Opens_InTheNationalForm_WithItsThreeSections()
    {
        using var admin = await SignInAsync("admin");

        var response = await admin.GetAsync($"/api/plans/{Plan}/annual-report.docx?period=2024");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var paragraphs = document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.That(paragraphs, Does.Contain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").And.Contain("Độc lập - Tự do - Hạnh phúc")
            .And.Contain("UBND TỈNH NINH BÌNH").And.Contain("BÁO CÁO").And.Contain("I. KẾT QUẢ THỰC HIỆN")
            .And.Contain("II. KHÓ KHĂN, VƯỚNG MẮC VÀ NGUYÊN NHÂN").And.Contain("III. ĐỀ XUẤT, KIẾN NGHỊ"));
        Assert.That(paragraphs.Any(p => p.StartsWith("Kết quả thực hiện kế hoạch", StringComparison.Ordinal) && p.EndsWith("năm 2024", StringComparison.Ordinal)), Is.True);
        Assert.That(paragraphs.Any(p => p.StartsWith("Ninh Bình, ngày 16 tháng 12 năm 2024", StringComparison.Ordinal)), Is.True, "dated today in Viet Nam");
        Assert.That(paragraphs, Does.Contain("- Sở Y tế: Thiếu kinh phí tập huấn ở cấp xã").And.Contain("- Hội Liên hiệp Phụ nữ tỉnh: Hội viên ở xa, khó tập trung"));
        Assert.That(paragraphs, Does.Contain("- Sở Y tế: Bố trí kinh phí tập huấn năm 2025"));
    }

    [Test]
    public async Task TheDocumentsTables_AgreeWithTheApi()
    {
        using var admin = await SignInAsync("admin");
        var progress = await (await Client.GetAsync($"/api/plans/{Plan}/progress?approvedOnly=true")).ReadJsonAsync();

        using var document = WordprocessingDocument.Open(new MemoryStream(await admin.GetByteArrayAsync($"/api/plans/{Plan}/annual-report.docx?period=2024")), false);
        var tables = document.MainDocumentPart!.Document.Body!.Elements<Table>().ToList();

        var targets = tables[1].Elements<TableRow>().Skip(1).Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.That(targets, Has.Count.EqualTo(progress.GetProperty("targets").GetArrayLength()));
        Assert.That(targets.Select(t => t[0]), Is.EqualTo(progress.GetProperty("targets").EnumerateArray()
            .Select(t => $"{t.GetProperty("objective").GetInt32()}.{t.GetProperty("number").GetString()}")));
        var activityRows = tables.Skip(2).SelectMany(t => t.Elements<TableRow>().Skip(1)).Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        var trainees = activityRows.Single(r => r[0] == "III.2.4.2");
        Assert.That(trainees[2], Is.EqualTo("Đã hoàn thành"));
        Assert.That(trainees[3], Does.Contain("/ 50 (nữ 30, nam 20)"));
        var budget = tables[^1].Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.That(budget.Single(r => r[0] == "Ngân sách địa phương")[2], Is.EqualTo("45"));
    }

    [Test]
    public async Task TheAnnex_HoldsTheSameTables_AsAWorkbook()
    {
        using var admin = await SignInAsync("admin");
        var progress = await (await Client.GetAsync($"/api/plans/{Plan}/progress?approvedOnly=true")).ReadJsonAsync();

        var bytes = await admin.GetByteArrayAsync($"/api/plans/{Plan}/annual-report.xlsx?period=2024");

        using var stream = new MemoryStream(bytes);
        Assert.That(MiniExcel.GetSheetNames(stream), Is.EqualTo(new[] { "chi-tieu", "hoat-dong", "kinh-phi" }));
        stream.Position = 0;
        Assert.That(stream.Query(useHeaderRow: true, sheetName: "chi-tieu").Count(), Is.EqualTo(progress.GetProperty("targets").GetArrayLength()));
        stream.Position = 0;
        var trainees = stream.Query(useHeaderRow: true, sheetName: "hoat-dong").Cast<IDictionary<string, object?>>().Single(r => (string?)r["so"] == "III.2.4.2");
        Assert.That((Convert.ToDouble(trainees["nu"]), Convert.ToDouble(trainees["nam"]), Convert.ToDouble(trainees["dat_duoc"])), Is.EqualTo((30.0, 20.0, 50.0)));
    }

    [Test]
    public async Task TheWomensUnionsTraineesBySex_AreInTheDocument_AndTheAnnex()
    {
        using var admin = await SignInAsync("admin");

        using var document = WordprocessingDocument.Open(new MemoryStream(await admin.GetByteArrayAsync($"/api/plans/{Plan}/annual-report.docx?period=2024")), false);
        var row = document.MainDocumentPart!.Document.Body!.Elements<Table>().Skip(2).SelectMany(t => t.Elements<TableRow>())
            .Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).Single(r => r[0] == "V.19.2");
        using var annex = new MemoryStream(await admin.GetByteArrayAsync($"/api/plans/{Plan}/annual-report.xlsx?period=2024"));
        var rows = annex.Query(useHeaderRow: true, sheetName: "hoat-dong").Cast<IDictionary<string, object?>>().Where(r => (string?)r["so"] == "V.19.2").ToList();

        Assert.That(row[2], Is.EqualTo("Đang thực hiện"));
        Assert.That(row[3], Does.Contain("Ngoài kế hoạch: Lớp tập huấn phòng, chống bạo lực gia đình: 4 lớp")
            .And.Contain("Ngoài kế hoạch: Học viên tập huấn: 120 người (nữ 85, nam 30, chưa ghi giới tính 5)"));
        var trainees = rows.Single(r => (string?)r["dau_ra"] == "Học viên tập huấn");
        Assert.That((Convert.ToDouble(trainees["dat_duoc"]), Convert.ToDouble(trainees["nu"]), Convert.ToDouble(trainees["nam"]), Convert.ToDouble(trainees["chua_ghi_gioi_tinh"])),
            Is.EqualTo((120.0, 85.0, 30.0, 5.0)));
        Assert.That((string?)trainees["don_vi"], Is.EqualTo("person"));
    }

    [Test]
    public async Task TheDraft_HoldsTheDocumentsBlocks_ForThePrintView()
    {
        using var admin = await SignInAsync("admin");

        var draft = await (await admin.GetAsync($"/api/plans/{Plan}/annual-report?period=2024")).ReadJsonAsync();
        using var document = WordprocessingDocument.Open(new MemoryStream(await admin.GetByteArrayAsync($"/api/plans/{Plan}/annual-report.docx?period=2024")), false);

        Assert.That((draft.GetProperty("motto").GetString(), draft.GetProperty("mottoLine").GetString(), draft.GetProperty("authority").GetString()),
            Is.EqualTo(("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "UBND TỈNH NINH BÌNH")));
        var blocks = draft.GetProperty("blocks").EnumerateArray().ToList();
        Assert.That(blocks.Where(b => b.GetProperty("kind").GetString() == "section").Select(b => b.GetProperty("text").GetString()),
            Is.EqualTo(new[] { "I. KẾT QUẢ THỰC HIỆN", "II. KHÓ KHĂN, VƯỚNG MẮC VÀ NGUYÊN NHÂN", "III. ĐỀ XUẤT, KIẾN NGHỊ" }));
        var draftTables = blocks.Where(b => b.GetProperty("kind").GetString() == "table")
            .Select(b => b.GetProperty("rows").EnumerateArray().Select(r => string.Join("|", r.EnumerateArray().Select(c => c.GetString()))).ToList()).ToList();
        var wordTables = document.MainDocumentPart!.Document.Body!.Elements<Table>().Skip(1)
            .Select(t => t.Elements<TableRow>().Skip(1).Select(r => string.Join("|", r.Elements<TableCell>().Select(c => c.InnerText))).ToList()).ToList();
        Assert.That(draftTables, Is.EqualTo(wordTables), "the same figures, cell by cell");
    }

    [TestCase("doh", HttpStatusCode.Forbidden)]
    [TestCase("admin-qn", HttpStatusCode.Forbidden)]
    public async Task OnlyTheCoordinatorOfThePlansArea_DownloadsIt(string user, HttpStatusCode expected)
    {
        using var client = await SignInAsync(user);

        Assert.That((await client.GetAsync($"/api/plans/{Plan}/annual-report.docx?period=2024")).StatusCode, Is.EqualTo(expected));
        Assert.That((await client.GetAsync($"/api/plans/{Plan}/annual-report?period=2024")).StatusCode, Is.EqualTo(expected));
    }
}
