using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;
using MiniExcelLibs;
using NodaTime;

namespace EqualityTracker.Tests.Hardening;

/// <summary>Through the real API: bad files get a clear 4xx and write nothing; uploads respect review; readers are never blocked.</summary>
public sealed class UploadHardeningTests() : ApiTest(DatabaseProvider.Sqlite)
{
    private HttpClient statistics = null!;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Jwt:Lifetime"] = "30.00:00:00" };

    [OneTimeSetUp]
    public async Task SignIn() => statistics = await SignInAsync("statistics");

    [OneTimeTearDown]
    public void SignOut() => statistics?.Dispose();

    private async Task<int> StoredRowsAsync() =>
        (await statistics.GetStringAsync("/api/values.csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1;

    private static async Task<(int Status, string? Rule, int? Row, string Detail)> ProblemAsync(HttpResponseMessage response)
    {
        var body = await response.ReadJsonAsync();
        return ((int)response.StatusCode,
            body.TryGetProperty("rule", out var rule) ? rule.GetString() : null,
            body.TryGetProperty("row", out var row) && row.ValueKind == System.Text.Json.JsonValueKind.Number ? row.GetInt32() : null,
            body.GetProperty("detail").GetString() ?? "");
    }

    [Test]
    public async Task EmptyCsv_Is400_NamingTheProblemInBothLanguages()
    {
        var (status, rule, _, detail) = await ProblemAsync(await statistics.UploadAsync("empty.csv", ""));

        Assert.That((status, rule), Is.EqualTo((400, "empty-file")));
        Assert.That(detail, Does.Contain(" / "));
    }

    [Test]
    public async Task HeaderOnlyCsv_IsRejected_AsHavingNoDataRows()
    {
        var response = await statistics.UploadAsync("header.csv", "code,area,period,sex,value,note\n");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await response.ReportAsync()).GetProperty("errors")[0].GetProperty("rule").GetString(), Is.EqualTo("no-data-rows"));
    }

    [Test]
    public async Task CsvWithAnUnbalancedQuote_Is400_NamingTheRow_AndWritesNothing()
    {
        var before = await StoredRowsAsync();

        var (status, rule, row, _) = await ProblemAsync(await statistics.UploadAsync("quote.csv",
            UploadFiles.Csv("LIVE_BIRTHS,369,2019,F,900,", "LIVE_BIRTHS,369,2019,M,1000,\"unclosed")));

        Assert.That((status, rule, row), Is.EqualTo((400, "unbalanced-quote", 3)));
        Assert.That(await StoredRowsAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task CsvWithInvalidUtf8_Is400_NamingTheRow()
    {
        var bytes = Encoding.UTF8.GetBytes(UploadFiles.Csv("LIVE_BIRTHS,369,2019,F,900,ok")).Concat(new byte[] { 0x4C, 0x49, 0xC3, 0x28, 0x2C, 0x0A }).ToArray();

        var (status, rule, row, _) = await ProblemAsync(await statistics.UploadAsync("utf8.csv", bytes));

        Assert.That((status, rule, row), Is.EqualTo((400, "invalid-utf8", 3)));
    }

    [Test]
    public async Task CsvRowWithFieldsBeyondTheHeader_IsRejected_NotImported()
    {
        var response = await statistics.UploadAsync("extra.csv", UploadFiles.Csv("LIVE_BIRTHS,369,2018,F,900,,surplus", "LIVE_BIRTHS,369,2018,M,950,"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        var errors = (await response.ReportAsync()).GetProperty("errors").EnumerateArray().ToList();
        Assert.That(errors.Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("rule").GetString())), Does.Contain((2, "extra-fields")));
        Assert.That(await statistics.GetStringAsync("/api/values.csv?area=369&code=LIVE_BIRTHS"), Does.Not.Contain(",2018,"));
    }

    [Test]
    public async Task CsvRowWithMissingFields_IsRejected()
    {
        var response = await statistics.UploadAsync("short.csv", "code,area,period,sex,value,note\nLIVE_BIRTHS,369,2018\n");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await response.ReportAsync()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("rule").GetString()), Does.Contain("missing-fields"));
    }

    [Test]
    public async Task TruncatedXlsx_Is400()
    {
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(new[] { new { code = "LIVE_BIRTHS", area = "369", period = "2017", sex = "F", value = 900 } });
        var whole = stream.ToArray();

        var (status, rule, _, _) = await ProblemAsync(await statistics.UploadAsync("cut.xlsx", whole[..(whole.Length / 2)]));

        Assert.That(status, Is.EqualTo(400));
        Assert.That(rule, Is.AnyOf("corrupt-xlsx", "not-xlsx"));
    }

    [Test]
    public async Task NotAZipNamedXlsx_Is400()
    {
        var (status, rule, _, _) = await ProblemAsync(await statistics.UploadAsync("fake.xlsx", Encoding.UTF8.GetBytes("this is not a workbook")));

        Assert.That((status, rule), Is.EqualTo((400, "not-xlsx")));
    }

    [Test]
    public async Task XlsxWhoseOnlyRowClaimsRowTwoBillion_IsRefusedWithinSeconds_AndTheNextWriteIsNotHeld()
    {
        var header = string.Concat(new[] { "code", "area", "period", "sex", "value" }.Select((name, i) => $"""<c r="{(char)('A' + i)}1" t="inlineStr"><is><t>{name}</t></is></c>"""));
        var file = SheetXlsx($"""<row r="1">{header}</row><row r="2000000000"><c r="A2000000000" t="inlineStr"><is><t>LIVE_BIRTHS</t></is></c></row>""");
        var clock = Stopwatch.StartNew();

        var (status, rule, _, _) = await ProblemAsync(await statistics.UploadAsync("huge-row.xlsx", file));
        var next = await statistics.PutAsJsonAsync("/api/values/LIVE_BIRTHS/374/2016/F", new { value = 500 });

        Assert.That((status, rule), Is.EqualTo((400, "beyond-excel-limits")));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        Assert.That(next.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task Upload_OverAValueADepartmentEntered_IsListed_AndImportedOnlyWhenConfirmed()
    {
        Factory.Clock.Reset(Instant.FromUtc(2025, 12, 1, 3, 0));
        try
        {
            using var doh = await SignInAsync("doh");
            using var statistics = await SignInAsync("statistics");
            (await doh.PutAsJsonAsync("/api/values/BIRTHS_WOMEN_15_19/375/2025/_T", new { value = 40 })).EnsureSuccessStatusCode();
            var csv = UploadFiles.Csv("BIRTHS_WOMEN_15_19,375,2025,_T,44,", "LIVE_BIRTHS,375,2025,F,800,");

            var dryResponse = await statistics.UploadAsync("over.csv", csv, dryRun: true);
            var dry = await dryResponse.ReportAsync();
            Assert.That(dry.TryGetProperty("replacements", out _), Is.True, dry.ToString());
            var unconfirmed = await statistics.UploadAsync("over.csv", csv);
            var stillDraft = await (await doh.GetAsync("/api/values/BIRTHS_WOMEN_15_19/375/2025/_T")).ReadJsonAsync();
            var confirmed = await statistics.UploadAsync("over.csv", csv, confirm: "2");
            var replaced = await (await doh.GetAsync("/api/values/BIRTHS_WOMEN_15_19/375/2025/_T")).ReadJsonAsync();

            var listed = dry.GetProperty("replacements").EnumerateArray().Single();
            Assert.That(dry.GetProperty("status").GetString(), Is.EqualTo("validated"));
            Assert.That((listed.GetProperty("rowNumber").GetInt32(), listed.GetProperty("currentValue").GetDouble(), listed.GetProperty("state").GetString(), listed.GetProperty("enteredBy").GetString()),
                Is.EqualTo((2, 40d, "draft", "doh")));
            Assert.That(unconfirmed.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((stillDraft.GetProperty("value").GetDouble(), stillDraft.GetProperty("state").GetString()), Is.EqualTo((40d, "draft")), "nothing written without confirmation");
            Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await confirmed.Content.ReadAsStringAsync());
            Assert.That((replaced.GetProperty("value").GetDouble(), replaced.GetProperty("state").GetString()), Is.EqualTo((44d, "approved")));
        }
        finally
        {
            Factory.Clock.Reset(ApiFactory.Now);
        }
    }

    [Test]
    public async Task Upload_ChangingAValueOfALockedPeriod_NeedsConfirming_ButNewValuesThereDoNot()
    {
        // 15 June 2026: Ninh Bình's 2024 report was due on 10 December 2024 and locked 15 days later.
        var first = await statistics.UploadAsync("2024.csv", UploadFiles.Csv("LIVE_BIRTHS,376,2024,F,880,", "LIVE_BIRTHS,376,2024,M,990,"));
        var correction = UploadFiles.Csv("LIVE_BIRTHS,376,2024,F,884,", "LIVE_BIRTHS,376,2024,M,990,");

        var refused = await statistics.UploadAsync("fix-2024.csv", correction);
        var listed = (await refused.ReportAsync()).GetProperty("replacements").EnumerateArray().Single();
        var confirmed = await statistics.UploadAsync("fix-2024.csv", correction, confirm: "all");

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), "new values of a locked period replace nothing");
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((listed.GetProperty("rowNumber").GetInt32(), listed.GetProperty("reason").GetString(), listed.GetProperty("lockedIn").GetString()),
            Is.EqualTo((2, "locked-period", "NB-2021-2025")));
        Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await confirmed.ReportAsync()).GetProperty("updated").GetInt32(), Is.EqualTo(1));
        Assert.That(await statistics.GetStringAsync("/api/values.csv?area=376&code=LIVE_BIRTHS"), Does.Contain("LIVE_BIRTHS,376,2024,F,884,"));
    }

    [Test]
    public async Task Upload_TheClientAbandons_IsCancelled_WritesNothing_AndHoldsNothing()
    {
        var lines = new StringBuilder("code,area,period,sex,value,note\n");
        foreach (var year in Enumerable.Range(1950, 60))
        {
            foreach (var month in Enumerable.Range(1, 12))
            {
                foreach (var area in new[] { "369", "370", "372", "373", "374", "375", "376", "377" })
                {
                    foreach (var code in new[] { "EMPLOYED", "VOCATIONAL_ENROLMENTS", "MASTERS_HOLDERS" })
                    {
                        lines.Append(System.Globalization.CultureInfo.InvariantCulture, $"{code},{area},{year}{month:00},F,{year},\n");
                        lines.Append(System.Globalization.CultureInfo.InvariantCulture, $"{code},{area},{year}{month:00},M,{year},\n");
                        lines.Append(System.Globalization.CultureInfo.InvariantCulture, $"{code},{area},{year}{month:00},_T,{2 * year},\n");
                    }
                }
            }
        }

        using var abandon = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        using var form = new MultipartFormDataContent { { new StringContent(lines.ToString()), "file", "abandoned.csv" } };
        await Assert.CatchAsync<OperationCanceledException>(() => statistics.PostAsync("/api/uploads", form, abandon.Token));

        var clock = Stopwatch.StartNew();
        var next = await statistics.PutAsJsonAsync("/api/values/EMPLOYED/369/2015/M", new { value = 2000 });
        Assert.That(next.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(3)));
        await Task.Delay(500);
        Assert.That(await statistics.GetStringAsync("/api/values.csv?area=370&code=EMPLOYED"), Does.Not.Contain(",195001,"), "nothing of the abandoned upload was written");
    }

    [Test]
    public async Task Upload_WithRowsOutsideTheUploadersProvince_IsRejected_ForThoseRows()
    {
        var response = await statistics.UploadAsync("elsewhere.csv", UploadFiles.Csv("LIVE_BIRTHS,22,2020,F,9000,", "LIVE_BIRTHS,37,2020,F,9000,"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        var errors = (await response.ReportAsync()).GetProperty("errors").EnumerateArray().ToList();
        Assert.That(errors.Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("rule").GetString())), Is.EqualTo(new[] { (2, "area-out-of-scope") }));
    }

    [Test]
    public async Task LongUpload_WithReadersBesideIt_LeavesTheReadersAnswered()
    {
        var lines = new StringBuilder("code,area,period,sex,value,note\n");
        var areas = new[] { "369", "370", "372", "373", "374", "375", "376", "377" };
        var measures = new[] { "LIVE_BIRTHS", "EMPLOYED", "WAGE_EMPLOYED", "AGRI_EMPLOYED", "ENTERPRISE_DIRECTORS", "VOCATIONAL_ENROLMENTS", "MASTERS_HOLDERS", "DOCTORATE_HOLDERS" };
        var rows = 0;
        for (var year = 1960; year < 2016; year++)
        {
            foreach (var (area, measure) in areas.SelectMany(a => measures.Select(m => (a, m))))
            {
                for (var month = 1; month <= 12; month++)
                {
                    foreach (var (sex, value) in new[] { ("F", 100), ("M", 110), ("_T", 210) })
                    {
                        lines.Append(System.Globalization.CultureInfo.InvariantCulture, $"{measure},{area},{year}{month:00},{sex},{value},\n");
                        rows++;
                    }
                }
            }
        }

        using var leader = await SignInAsync("leader");
        (await leader.GetAsync("/api/plans/NB-2021-2025/progress?area=37")).EnsureSuccessStatusCode();
        var upload = statistics.UploadAsync("long.csv", lines.ToString());
        var answered = 0;
        var slowest = TimeSpan.Zero;
        while (!upload.IsCompleted)
        {
            var read = Stopwatch.StartNew();
            var response = await leader.GetAsync("/api/plans/NB-2021-2025/progress?area=37");
            read.Stop();
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            if (!upload.IsCompleted)
            {
                // Answered while the upload was still running (the answer after its commit is computed afresh).
                answered++;
                slowest = read.Elapsed > slowest ? read.Elapsed : slowest;
            }
        }

        var report = await (await upload).ReportAsync();
        Assert.That(report.GetProperty("inserted").GetInt32(), Is.EqualTo(rows), report.ToString());
        Assert.That(answered, Is.GreaterThan(3), "readers were answered while the upload ran");
        Assert.That(slowest, Is.LessThan(TimeSpan.FromSeconds(2)), "no reader waited for the upload");
    }

    /// <summary>A minimal .xlsx around the given sheetData rows.</summary>
    private static byte[] SheetXlsx(string rows)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }

            Add("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Add("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="data" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Add("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            Add("xl/worksheets/sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>""");
        }

        return stream.ToArray();
    }
}
