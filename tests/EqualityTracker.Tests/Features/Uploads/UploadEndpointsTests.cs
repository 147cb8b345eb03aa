using System.Net;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;
using MiniExcelLibs;

namespace EqualityTracker.Tests.Features.Uploads;

[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
public sealed class UploadEndpointsTests(DatabaseProvider provider) : ApiTest(provider)
{
    private HttpClient statistics = null!;

    [OneTimeSetUp]
    public async Task SignIn() => statistics = await SignInAsync("statistics");

    [OneTimeTearDown]
    public void SignOut() => statistics?.Dispose();

    private async Task<int> StoredAsync(string measure, string area)
    {
        var csv = await statistics.GetStringAsync($"/api/values.csv?code={measure}&area={area}");
        return csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1;
    }

    [Test]
    public async Task Upload_GoodRows_InsertsThemAndSummarises()
    {
        var csv = UploadFiles.Csv("LIVE_BIRTHS,14320,2024,F,900,", "LIVE_BIRTHS,14320,2024,M,1000,", "LIVE_BIRTHS,14320,2024,_T,1900,census");

        var response = await statistics.UploadAsync("births.csv", csv);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var report = await response.ReportAsync();
        Assert.That(report.GetProperty("status").GetString(), Is.EqualTo("imported"));
        Assert.That(report.Counts(), Is.EqualTo((3, 0, 0, 0, 0)));
        Assert.That(await StoredAsync("LIVE_BIRTHS", "14320"), Is.EqualTo(3));
    }

    [Test]
    public async Task Upload_TheSameFileTwice_ChangesNothingTheSecondTime()
    {
        var csv = UploadFiles.Csv("LIVE_BIRTHS,372,2024,F,800,", "LIVE_BIRTHS,372,2024,M,880,");
        await statistics.UploadAsync("twice.csv", csv);

        var second = await (await statistics.UploadAsync("twice.csv", csv)).ReportAsync();

        Assert.That(second.Counts(), Is.EqualTo((0, 0, 2, 0, 0)));
    }

    [Test]
    public async Task Upload_AChangedValueOrNote_IsCountedAsUpdated()
    {
        await statistics.UploadAsync("first.csv", UploadFiles.Csv("LIVE_BIRTHS,373,2024,F,700,", "LIVE_BIRTHS,373,2024,M,760,"));

        // 2024 locked for review in December 2024: correcting it is confirmed explicitly.
        var response = await statistics.UploadAsync("fix.csv", UploadFiles.Csv("LIVE_BIRTHS,373,2024,F,701,", "LIVE_BIRTHS,373,2024,M,760,revised"), confirm: "all");
        var report = await response.ReportAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(report.Counts(), Is.EqualTo((0, 2, 0, 0, 0)));
    }

    [Test]
    public async Task Upload_WithOneBadRow_WritesNothing()
    {
        var csv = UploadFiles.Csv("LIVE_BIRTHS,374,2024,F,650,", "LIVE_BIRTHS,374,2024,M,abc,", "LIVE_BIRTHS,374,2024,_T,1350,");

        var response = await statistics.UploadAsync("bad.csv", csv);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var report = await response.ReportAsync();
        Assert.That(report.GetProperty("status").GetString(), Is.EqualTo("rejected"));
        var error = report.GetProperty("errors")[0];
        Assert.That((error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString(), error.GetProperty("value").GetString()),
            Is.EqualTo((3, "value", "abc")));
        Assert.That(await StoredAsync("LIVE_BIRTHS", "374"), Is.Zero, "the two good rows were not written either");
    }

    [Test]
    public async Task Upload_DryRun_ReportsWhatItWouldDoAndWritesNothing()
    {
        var report = await (await statistics.UploadAsync("try.csv", UploadFiles.Csv("LIVE_BIRTHS,375,2024,F,600,"), dryRun: true)).ReportAsync();

        Assert.That(report.GetProperty("status").GetString(), Is.EqualTo("validated"));
        Assert.That(report.Counts(), Is.EqualTo((1, 0, 0, 0, 0)));
        Assert.That(await StoredAsync("LIVE_BIRTHS", "375"), Is.Zero);
    }

    [Test]
    public async Task Upload_SemicolonsDecimalCommaBomAndVietnameseHeaders_AreRead()
    {
        var csv = "mã;địa bàn;kỳ;giới tính;giá trị;ghi chú\nGE_KNOWLEDGE_REACH;376;2024;_T;55,5;khảo sát\nWOMEN_15_19;376;2024;F;1.234;\n";

        var report = await (await statistics.UploadAsync("vi.csv", csv, bom: true)).ReportAsync();

        Assert.That(report.Counts(), Is.EqualTo((2, 0, 0, 0, 0)));
        var export = await statistics.GetStringAsync("/api/values.csv?area=376");
        Assert.That(export, Does.Contain("GE_KNOWLEDGE_REACH,376,2024,_T,55.5,khảo sát"));
        Assert.That(export, Does.Contain("WOMEN_15_19,376,2024,F,1234,"));
    }

    [Test]
    public async Task Export_OfAWardThatReusedAnOldCode_WritesTheGsoCode_AndReUploadsWithNoChange()
    {
        // Arrange: Phường Hoa Lư (since 1 July 2025) kept the code 14329 of an old ward of Ninh Bình city: two units, one code.
        var upload = await statistics.UploadAsync("hoalu.csv", UploadFiles.Csv("LIVE_BIRTHS,14329,2019,F,300,", "LIVE_BIRTHS,14329,2026,F,410,"));
        Assert.That((await upload.ReportAsync()).Counts(), Is.EqualTo((2, 0, 0, 0, 0)));

        // Act
        var both = await statistics.GetStringAsync("/api/values.csv?area=14329&code=LIVE_BIRTHS");
        var onTheNewMap = await statistics.GetStringAsync("/api/values.csv?area=14329&code=LIVE_BIRTHS&date=2026-01-01");
        var again = await statistics.UploadAsync("again.csv", both);

        // Assert
        Assert.That(both, Does.Contain("LIVE_BIRTHS,14329,2019,F,300,").And.Contain("LIVE_BIRTHS,14329,2026,F,410,"), "every unit that bore the code, by its GSO code");
        Assert.That(both, Does.Not.Contain("@"));
        Assert.That(onTheNewMap, Does.Contain("2026,F,410").And.Not.Contain("2019,F,300"), "with a date, the unit in force that day");
        var report = await again.ReportAsync();
        Assert.That(report.GetProperty("inserted").GetInt32() + report.GetProperty("updated").GetInt32(), Is.Zero, "each row names its own unit again by the period's first day");
    }

    [Test]
    public async Task Upload_Xlsx_IsRead()
    {
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(new[]
        {
            new Dictionary<string, object?> { ["code"] = "LIVE_BIRTHS", ["area"] = "377", ["period"] = "2024", ["sex"] = "F", ["value"] = 512d, ["note"] = null },
            new Dictionary<string, object?> { ["code"] = "LIVE_BIRTHS", ["area"] = "377", ["period"] = "2024", ["sex"] = "M", ["value"] = 575d, ["note"] = "ước tính" },
        });

        var report = await (await statistics.UploadAsync("births.xlsx", stream.ToArray())).ReportAsync();

        Assert.That(report.Counts(), Is.EqualTo((2, 0, 0, 0, 0)));
        Assert.That(await statistics.GetStringAsync("/api/values.csv?area=377"), Does.Contain("LIVE_BIRTHS,377,2024,M,575,ước tính"));
    }

    [Test]
    public async Task Upload_TheSameKeyTwiceInOneFile_IsRejected()
    {
        var report = await (await statistics.UploadAsync("dup.csv", UploadFiles.Csv("MATERNAL_DEATHS,369,2024,_T,1,", "MATERNAL_DEATHS,369,2024,_T,2,"))).ReportAsync();

        var error = report.GetProperty("errors").EnumerateArray().Single();
        Assert.That((error.GetProperty("row").GetInt32(), error.GetProperty("rule").GetString()), Is.EqualTo((3, "duplicate-key")));
        Assert.That(error.GetProperty("messageEn").GetString(), Does.Contain("row 2"));
    }

    [Test]
    public async Task Upload_MaternalDeathsAboveLiveBirths_IsRejected()
    {
        var report = await (await statistics.UploadAsync("impossible.csv", UploadFiles.Csv("MATERNAL_DEATHS,370,2023,_T,40,", "LIVE_BIRTHS,370,2023,_T,30,"))).ReportAsync();

        Assert.That(report.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("rule").GetString()), Is.EqualTo(new[] { "numerator-above-denominator" }));
    }

    [Test]
    public async Task Upload_AValueFarFromItsSeries_IsFlaggedButImported()
    {
        var years = Enumerable.Range(2018, 6).Select(y => $"LIVE_BIRTHS,14362,{y},F,{300 + (y % 3)},").ToArray();
        await statistics.UploadAsync("series.csv", UploadFiles.Csv(years));

        var response = await statistics.UploadAsync("wild.csv", UploadFiles.Csv("LIVE_BIRTHS,14362,2024,F,3000,"));

        var report = await response.ReportAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(report.Counts(), Is.EqualTo((1, 0, 0, 0, 1)));
        var flag = report.GetProperty("flags")[0];
        Assert.That((flag.GetProperty("row").GetInt32(), flag.GetProperty("rule").GetString()), Is.EqualTo((2, "outlier")));
    }

    [Test]
    public async Task Upload_WithoutTheRequiredColumns_IsRejectedNamingThem()
    {
        var report = await (await statistics.UploadAsync("cols.csv", "code,area,value\nLIVE_BIRTHS,369,1\n")).ReportAsync();

        var error = report.GetProperty("errors")[0];
        Assert.That((error.GetProperty("rule").GetString(), error.GetProperty("column").GetString()), Is.EqualTo(("missing-columns", "period, sex")));
    }

    [Test]
    public async Task Upload_OfAnotherKindOfFile_Answers400()
    {
        var response = await statistics.UploadAsync("notes.txt", "hello");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task ExportThenUpload_ChangesNothing()
    {
        await statistics.UploadAsync("mix.csv", UploadFiles.Csv("UNPAID_CARE_HOURS,37,2023,F,19.7,", "UNPAID_CARE_HOURS,37,2023,M,10.1,", "GENDER_CURRICULUM,37,2023,_T,1,\"note, with comma\""));
        var export = await statistics.GetStringAsync("/api/values.csv");

        var report = await (await statistics.UploadAsync("values.csv", export)).ReportAsync();

        Assert.That(report.GetProperty("inserted").GetInt32() + report.GetProperty("updated").GetInt32(), Is.Zero);
        Assert.That(report.GetProperty("unchanged").GetInt32(), Is.EqualTo(report.GetProperty("rows").GetInt32()));
        Assert.That(report.GetProperty("rows").GetInt32(), Is.GreaterThanOrEqualTo(3));
    }

    [Test]
    public async Task List_ShowsEveryUploadNewestFirstWithItsSummary_ButNoDryRun()
    {
        await statistics.UploadAsync("checked-only.csv", UploadFiles.Csv("LIVE_BIRTHS,369,2020,F,1,"), dryRun: true);
        await statistics.UploadAsync("listed.csv", UploadFiles.Csv("LIVE_BIRTHS,369,2020,F,-1,"));

        var uploads = (await (await statistics.GetAsync("/api/uploads")).ReadJsonAsync()).EnumerateArray().ToList();

        var newest = uploads[0];
        Assert.That(newest.GetProperty("fileName").GetString(), Is.EqualTo("listed.csv"));
        Assert.That(newest.GetProperty("uploadedBy").GetString(), Is.EqualTo("statistics"));
        Assert.That(newest.GetProperty("uploadedAt").GetString(), Is.EqualTo("2026-06-15T03:00:00Z"));
        Assert.That(newest.GetProperty("status").GetString(), Is.EqualTo("rejected"));
        Assert.That(uploads.Select(u => u.GetProperty("fileName").GetString()), Does.Not.Contain("checked-only.csv"));
        Assert.That(uploads.Select(u => u.GetProperty("id").GetInt32()), Is.Ordered.Descending);
    }

    [Test]
    public async Task Template_ForNinhBinh_HasTheCodesAreasAndYearsItNeeds()
    {
        var response = await statistics.GetAsync("/api/uploads/template?plan=NB-2021-2025");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true, sheetName: "data").Cast<IDictionary<string, object?>>().ToList();
        Assert.That(rows.Select(r => (string)r["code"]!).Distinct(), Is.SupersetOf(new[] { "LIVE_BIRTHS", "MATERNAL_DEATHS", "WAGE_EMPLOYED", "GE_KNOWLEDGE_REACH" }));
        Assert.That(rows.Select(r => (string)r["area"]!).Distinct(), Is.EquivalentTo(new[] { "37", "369", "370", "372", "373", "374", "375", "376", "377" }));
        Assert.That(rows.Select(r => r["period"]!.ToString()).Distinct(), Is.EquivalentTo(new[] { "2021", "2022", "2023", "2024", "2025" }));
        Assert.That(rows.Where(r => (string)r["code"]! == "LIVE_BIRTHS" && (string)r["area"]! == "369" && r["period"]!.ToString() == "2024").Select(r => (string)r["sex"]!),
            Is.EquivalentTo(new[] { "F", "M", "_T" }));
        Assert.That(rows.All(r => r["value"] is null), Is.True);
    }

    [Test]
    public async Task Template_FilledAndUploaded_ImportsTheFilledRowsAndSkipsTheEmptyOnes()
    {
        var template = await statistics.GetByteArrayAsync("/api/uploads/template?plan=NB-2021-2025");
        var rows = new MemoryStream(template).Query(useHeaderRow: true, sheetName: "data").Cast<IDictionary<string, object?>>().ToList();
        var filled = rows.Select(r => new Dictionary<string, object?>(r)).ToList();
        foreach (var row in filled.Where(r => (string)r["code"]! == "LIVE_BIRTHS" && r["period"]!.ToString() == "2021"))
        {
            row["value"] = (string)row["sex"]! switch { "F" => 400d, "M" => 440d, _ => 840d };
        }

        using var stream = new MemoryStream();
        await stream.SaveAsAsync(filled, sheetName: "data");
        var report = await (await statistics.UploadAsync("filled.xlsx", stream.ToArray(), dryRun: true)).ReportAsync();

        Assert.That(report.GetProperty("status").GetString(), Is.EqualTo("validated"));
        Assert.That(report.GetProperty("rows").GetInt32(), Is.EqualTo(27), "9 areas × 3 sexes");
        Assert.That(report.GetProperty("blank").GetInt32(), Is.EqualTo(rows.Count - 27));
    }
}
