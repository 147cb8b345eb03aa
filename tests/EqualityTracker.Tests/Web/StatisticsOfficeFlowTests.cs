using EqualityTracker.Tests.Infrastructure;
using Microsoft.Playwright;
using MiniExcelLibs;

namespace EqualityTracker.Tests.Web;

/// <summary>
/// The statistics office on a phone: signs in, downloads Ninh Bình's template, fills it, checks it with a dry run, fixes
/// the flagged row, imports, and reads sex ratio at birth for each district and the province's computed value.
/// </summary>
public sealed class StatisticsOfficeFlowTests : BrowserTest
{
    private static readonly string[] Districts = ["369", "370", "372", "373", "374", "375", "376", "377"];

    [Test]
    public async Task StatisticsOffice_TemplateDryRunFixImport_ThenSeesDistrictsAndProvince()
    {
        // Arrange: five earlier years for Ninh Bình city, so a wild 2021 value stands out from its series.
        using (var api = await Factory.SignedInClientAsync("statistics"))
        {
            int[] girls = [950, 1050, 1000, 980, 1020];
            var history = girls.Select((value, i) => $"LIVE_BIRTHS,369,{2016 + i},F,{value},").ToArray();
            (await api.UploadAsync("history.csv", UploadFiles.Csv(history))).EnsureSuccessStatusCode();
        }

        var page = await OpenPhoneAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        // Sign in.
        await page.GotoAsync("/");
        await SignInAsync(page, "statistics");
        await Assertions.Expect(page.Locator("#main[data-page=uploads]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#user-name")).ToHaveTextAsync("Cục Thống kê tỉnh");

        // Download the template.
        await page.Locator("#template-plan").SelectOptionAsync("NB-2021-2025");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#template-button").ClickAsync());
        Assert.That(download.SuggestedFilename, Is.EqualTo("template-NB-2021-2025.xlsx"));
        var templatePath = Path.Combine(Path.GetTempPath(), $"eqt-template-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(templatePath);

        // Fill 2021 live births for every district; Ninh Bình city's girls mistyped tenfold.
        var filled = Fill(templatePath, girlsIn369: 10400);
        await page.Locator("#upload-file").SetInputFilesAsync(new FilePayload { Name = "ninh-binh-2021.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = filled });
        await page.Locator("#dry-run-button").ClickAsync();
        await Assertions.Expect(page.Locator("#upload-summary[data-status=validated] [data-count=flagged] dd")).ToHaveTextAsync("1");
        var flagged = page.Locator("table#upload-report tr.row-flag");
        await Assertions.Expect(flagged).ToHaveCountAsync(1);
        await Assertions.Expect(flagged).ToHaveAttributeAsync("data-rule", "outlier");

        // Fix the flagged row, check again: clean; import.
        var fixedFile = Fill(templatePath, girlsIn369: 1040);
        await page.Locator("#upload-file").SetInputFilesAsync(new FilePayload { Name = "ninh-binh-2021.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = fixedFile });
        await page.Locator("#dry-run-button").ClickAsync();
        await Assertions.Expect(page.Locator("#upload-summary[data-status=validated] [data-count=flagged] dd")).ToHaveTextAsync("0");
        await Assertions.Expect(page.Locator("table#upload-report tr.row-flag")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#import-button")).ToBeEnabledAsync();
        await page.Locator("#import-button").ClickAsync();
        await Assertions.Expect(page.Locator("#upload-summary[data-status=imported]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#upload-summary [data-count=inserted] dd")).ToHaveTextAsync("24");
        await Assertions.Expect(page.Locator("table#upload-history tbody tr").First).ToHaveAttributeAsync("data-status", "imported");

        // Sex ratio at birth: each district, and the province computed from all eight.
        await page.GotoAsync("/#/indicators/SRB?area=37&date=2025-01-01");
        var province2021 = page.Locator("table#values-by-sex tr[data-period='2021'] td[data-sex='_T']");
        await Assertions.Expect(province2021).ToHaveAttributeAsync("data-origin", "computed");
        await Assertions.Expect(province2021.Locator(".coverage")).ToContainTextAsync("8/8");
        await Assertions.Expect(province2021).ToContainTextAsync("110");
        await Assertions.Expect(page.Locator("table#values-by-area tr[data-area]")).ToHaveCountAsync(8);
        await Assertions.Expect(page.Locator("table#values-by-area tr[data-area='369']")).ToContainTextAsync("110");
        Assert.That(errors, Is.Empty);
        File.Delete(templatePath);
    }

    /// <summary>The template with 2021 live births filled for the eight districts: boys = 1.1 × girls.</summary>
    private static byte[] Fill(string templatePath, int girlsIn369)
    {
        var rows = MiniExcel.Query(templatePath, useHeaderRow: true, sheetName: "data").Cast<IDictionary<string, object?>>()
            .Select(r => new Dictionary<string, object?>(r)).ToList();
        foreach (var row in rows.Where(r => (string)r["code"]! == "LIVE_BIRTHS" && r["period"]!.ToString() == "2021" && Districts.Contains((string)r["area"]!)))
        {
            var girls = (string)row["area"]! == "369" ? girlsIn369 : 1000;
            var boys = (string)row["area"]! == "369" ? 1144 : 1100;
            row["value"] = (string)row["sex"]! switch { "F" => girls, "M" => boys, _ => girls + boys };
        }

        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: "data");
        return stream.ToArray();
    }
}
