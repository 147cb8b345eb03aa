using System.Net;
using System.Net.Http.Json;
using EqualityTracker.Api.Shapes;
using EqualityTracker.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EqualityTracker.Tests.Web;

/// <summary>
/// A leader on a phone reads the new Ninh Bình's 2026–2030 plan: its sex-ratio target's baseline is 2025, a year the
/// new province did not exist, so it is the three old provinces' births summed — and the dashboard says so, naming them.
/// Fixture: 2025 births of old Ninh Bình (two districts), Hà Nam and Nam Định; a plan for code 37 from 2026, issued.
/// </summary>
public sealed class NewProvinceBaselineTests : BrowserTest
{
    private const string Plan = "NB-T-2026-2030";

    [OneTimeSetUp]
    public async Task UploadTheOldProvincesAndIssueTheNewPlan()
    {
        using var statistics = await Factory.SignedInClientAsync("statistics");
        (await statistics.UploadAsync("births-2025.csv", UploadFiles.Csv(
            "LIVE_BIRTHS,369,2025,F,1000,", "LIVE_BIRTHS,369,2025,M,1100,", "LIVE_BIRTHS,370,2025,F,500,", "LIVE_BIRTHS,370,2025,M,560,",
            "LIVE_BIRTHS,35,2025,F,4000,", "LIVE_BIRTHS,35,2025,M,4400,", "LIVE_BIRTHS,36,2025,F,8000,", "LIVE_BIRTHS,36,2025,M,8900,"))).EnsureSuccessStatusCode();

        using var admin = await Factory.SignedInClientAsync("admin");
        var created = await admin.PostAsJsonAsync("/api/plans", new
        {
            code = Plan, titleVi = "Kế hoạch bình đẳng giới tỉnh Ninh Bình 2026-2030", titleEn = "Ninh Binh gender equality plan 2026-2030", area = "37",
            startYear = 2026, endYear = 2030, implements = "VN-2021-2030",
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var content = new PlanContent
        {
            TitleVi = "Kế hoạch bình đẳng giới tỉnh Ninh Bình 2026-2030", TitleEn = "Ninh Binh gender equality plan 2026-2030", Kind = "five-year",
            StartYear = 2026, EndYear = 2030, Implements = "VN-2021-2030", LegalBasisVi = "Nghị quyết số 28/NQ-CP", LegalBasisEn = "Resolution 28/NQ-CP",
            Objectives = [new PlanObjective { Number = 4, Domain = "health", TitleVi = "Y tế", TitleEn = "Health" }],
            Targets = [new PlanTarget { Objective = 4, Number = "1", Indicator = "SRB", Comparator = "<=", Value = 109, Year = 2030, TextVi = "Tỷ số giới tính khi sinh ở mức 109", Lead = ["DOH"] }],
        };
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/plans/{Plan}") { Content = JsonContent.Create(content, options: ApiFactory.Json) };
        put.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.Tag);
        (await admin.SendAsync(put)).EnsureSuccessStatusCode();
        var today = Factory.Clock.GetCurrentInstant().InZone(EqualityTracker.Api.Domain.ReportingCalendar.VietNam).Date;
        (await admin.PostAsJsonAsync($"/api/plans/{Plan}/issue", new { decisionNumber = "12/KH-UBND", decisionDate = today.ToString("yyyy-MM-dd", null) })).EnsureSuccessStatusCode();
    }

    [Test]
    public async Task Leader_SeesTheBaselineSummedFromTheThreeOldProvinces_Labelled()
    {
        // Arrange
        var page = await OpenPhoneAsync();
        var hand = 100.0 * (1100 + 560 + 4400 + 8900) / (1000 + 500 + 4000 + 8000);

        // Act
        await page.GotoAsync($"/#/dashboard?plan={Plan}&area=37");

        // Assert
        var srb = page.Locator("[data-progress-target='4.1']");
        await Assertions.Expect(srb).ToBeVisibleAsync();
        await Assertions.Expect(srb.Locator(".pt-baseline dd")).ToContainTextAsync(hand.ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")));
        var note = srb.Locator(".pt-predecessors");
        await Assertions.Expect(note).ToHaveAttributeAsync("data-predecessors", new System.Text.RegularExpressions.Regex("^(?=.*37)(?=.*35)(?=.*36)"));
        await Assertions.Expect(note).ToContainTextAsync("Hà Nam");
        await Assertions.Expect(note).ToContainTextAsync("Nam Định");
        await Assertions.Expect(note).ToContainTextAsync("2025");
    }
}
