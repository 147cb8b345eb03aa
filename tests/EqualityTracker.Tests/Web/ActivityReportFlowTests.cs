using System.Text.Json;
using Microsoft.Playwright;
using NodaTime;

namespace EqualityTracker.Tests.Web;

/// <summary>
/// On a phone, 1 December 2025 (the Action Month, due 15 December): Ninh Bình's Women's Union opens its activities,
/// fills its Action Month report (a status, money spent, the trainees it trained beyond the plan by sex, the texts),
/// saves and submits it; the coordinator finds it submitted on the compile page, approves it, and opens the annual
/// report's print view, which holds the trainees by sex.
/// </summary>
public sealed class ActivityReportFlowTests : BrowserTest
{
    protected override Instant? ServerNow => Instant.FromUtc(2025, 12, 1, 3, 0);

    /// <summary>Tokens issued on the server's 2025 clock must still be valid by the browser's real clock.</summary>
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Jwt:Lifetime"] = "1000.00:00:00" };

    [Test]
    public async Task WomensUnion_FilesTheActionMonthReportOnAPhone_ThenTheCoordinatorApprovesIt()
    {
        var page = await OpenPhoneAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync("/");
        await SignInAsync(page, "wu");
        await Assertions.Expect(page.Locator("#main[data-page=my]")).ToBeVisibleAsync();
        await page.Locator("[data-nav=activities]").ClickAsync();
        await Assertions.Expect(page.Locator("#main[data-page=activities]")).ToBeVisibleAsync();
        await page.Locator("#activities-plan").SelectOptionAsync("NB-2021-2025");
        await page.Locator("#activities-period").SelectOptionAsync("2025");
        await Assertions.Expect(page.Locator("#activities-body[data-plan='NB-2021-2025'][data-year='2025']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#lead-activities li.my-activity[data-activity='V.19.2']")).ToBeVisibleAsync();

        var owed = page.Locator("li.owed-report[data-kind=action-month][data-period='2025']");
        await Assertions.Expect(owed).ToHaveAttributeAsync("data-state", "none");
        await Assertions.Expect(owed.Locator("dd[data-date='2025-12-15']")).ToBeVisibleAsync();
        await owed.Locator("a.report-link").ClickAsync();

        await Assertions.Expect(page.Locator("#main[data-page=activityReport]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#report-box")).ToHaveAttributeAsync("data-mode", "owner");
        await Assertions.Expect(page.Locator("#report-due")).ToHaveAttributeAsync("data-date", "2025-12-15");
        await Assertions.Expect(page.Locator("#report-lock")).ToHaveAttributeAsync("data-locked", "false");
        await Assertions.Expect(page.Locator("#report-state")).ToHaveAttributeAsync("data-state", "none");

        // Checks as you type: money spent is never negative, and an activity reported on needs a status.
        var item = page.Locator("article.report-item[data-activity='V.19.2']");
        await page.Locator("#item-0-spent-central").FillAsync("-3");
        await Assertions.Expect(page.Locator("#item-0-spent-central")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#item-0-status")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.Locator("#item-0-spent-central").FillAsync("");

        await item.Locator("select.status-select").SelectOptionAsync("done");
        await Assertions.Expect(item).ToHaveAttributeAsync("data-status", "done");
        await page.Locator("#item-0-spent-provincial").FillAsync("12,5");
        await page.Locator("#item-0-note").FillAsync("Tập huấn 120 cán bộ Hội cơ sở");

        // Outputs achieved beyond the plan: the unit first; one that counts people asks for women and men.
        await page.Locator("#item-0-add-new").ClickAsync();
        await Assertions.Expect(page.Locator("#item-0-add-1-unit")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#item-0-add-1-female")).ToHaveCountAsync(0);
        await page.Locator("#item-0-add-1-unit").SelectOptionAsync("person");
        await Assertions.Expect(page.Locator("#item-0-add-1-female")).ToBeVisibleAsync();
        await page.Locator("#item-0-add-1-description").FillAsync("Học viên tập huấn phòng, chống bạo lực gia đình");
        await page.Locator("#item-0-add-1-total").FillAsync("120");
        await page.Locator("#item-0-add-1-female").FillAsync("85");
        await page.Locator("#item-0-add-1-male").FillAsync("45");
        await Assertions.Expect(page.Locator("#item-0-add-1-female")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#item-0-add-1-female-msg")).ToContainTextAsync("vượt tổng số");
        await page.Locator("#item-0-add-1-male").FillAsync("35");
        await Assertions.Expect(page.Locator("#item-0-add-1-female")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await page.Locator("#item-0-add-new").ClickAsync();
        await page.Locator("#item-0-add-2-unit").SelectOptionAsync("class");
        await page.Locator("#item-0-add-2-description").FillAsync("Lớp tập huấn");
        await page.Locator("#item-0-add-2-total").FillAsync("4");
        Assert.That(await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), Is.LessThanOrEqualTo(390), "the form fits the phone's width");
        var box = await page.Locator("#item-0-add-1-male").BoundingBoxAsync();
        Assert.That(box!.Height, Is.GreaterThanOrEqualTo(40), "a thumb-sized field");
        await page.Locator("#report-results").FillAsync("Tổ chức 12 buổi truyền thông trong Tháng hành động.");
        await page.Locator("#report-difficulties").FillAsync("Kinh phí hạn hẹp.");
        await page.Locator("#report-proposals").FillAsync("Bổ sung kinh phí cho Hội cơ sở.");
        await page.Locator("#report-save").ClickAsync();
        await Assertions.Expect(page.Locator("#report-result")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#report-state")).ToHaveAttributeAsync("data-state", "draft");

        await page.Locator("#report-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#report-state")).ToHaveAttributeAsync("data-state", "submitted");
        await Assertions.Expect(page.Locator("#report-readonly[data-reason=submitted]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#report-save")).ToHaveCountAsync(0);

        // The coordinator: the compile page shows it submitted, waiting for review; opened, it is approved.
        await page.Locator("#sign-out").ClickAsync();
        await page.GotoAsync("/");
        await SignInAsync(page, "admin");
        await Assertions.Expect(page.Locator("#main[data-page=review]")).ToBeVisibleAsync();
        await page.Locator("[data-nav=compile]").ClickAsync();
        await Assertions.Expect(page.Locator("#main[data-page=compile]")).ToBeVisibleAsync();
        await page.Locator("#compile-plan").SelectOptionAsync("NB-2021-2025");
        await page.Locator("#compile-period").SelectOptionAsync("2025");
        await Assertions.Expect(page.Locator("#compile-body[data-plan='NB-2021-2025'][data-year='2025']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#roster-counts li[data-count=waiting]")).ToHaveAttributeAsync("data-value", "1");
        var row = page.Locator("table#roster tr[data-body=WU][data-kind=action-month][data-period='2025']");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-state", "submitted");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-late", "false");
        await row.Locator("a.roster-open").ClickAsync();

        await Assertions.Expect(page.Locator("#report-box")).ToHaveAttributeAsync("data-mode", "reviewer");
        await Assertions.Expect(page.Locator("#report-results-text")).ToHaveTextAsync("Tổ chức 12 buổi truyền thông trong Tháng hành động.");
        await Assertions.Expect(page.Locator("article.report-item[data-activity='V.19.2']")).ToHaveAttributeAsync("data-status", "done");
        await page.Locator("#report-approve").ClickAsync();
        await Assertions.Expect(page.Locator("#report-state")).ToHaveAttributeAsync("data-state", "approved");
        await Assertions.Expect(page.Locator("#report-result")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("article.report-item[data-activity='V.19.2'] .additional-read li[data-unit=person]"))
            .ToHaveTextAsync("Học viên tập huấn phòng, chống bạo lực gia đình: 120 người (Nữ: 85 · Nam: 35)");

        // The annual report's print view, from the compile page: the national form, with the trainees by sex.
        await page.GotoAsync("/#/compile?plan=NB-2021-2025&year=2025");
        await page.Locator("#compile-annual-report").ClickAsync();
        await Assertions.Expect(page.Locator("#main[data-page=annualReport]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#doc-motto")).ToHaveTextAsync("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        await Assertions.Expect(page.Locator("#doc-motto-line")).ToHaveTextAsync("Độc lập - Tự do - Hạnh phúc");
        await Assertions.Expect(page.Locator(".doc-section")).ToHaveTextAsync(["I. KẾT QUẢ THỰC HIỆN", "II. KHÓ KHĂN, VƯỚNG MẮC VÀ NGUYÊN NHÂN", "III. ĐỀ XUẤT, KIẾN NGHỊ"]);
        await Assertions.Expect(page.Locator(".doc-table tr", new() { HasText = "V.19.2" }))
            .ToContainTextAsync("Ngoài kế hoạch: Học viên tập huấn phòng, chống bạo lực gia đình: 120 người (nữ 85, nam 35)");
        await Assertions.Expect(page.Locator("#annual-report-print")).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator("#annual-report-actions")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#annual-report-doc")).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        using var api = await Factory.SignedInClientAsync("wu");
        using var stored = JsonDocument.Parse(await (await api.GetAsync("/api/plans/NB-2021-2025/reports/37/WU/action-month/2025")).Content.ReadAsStringAsync());
        var report = stored.RootElement;
        Assert.That(report.GetProperty("state").GetString(), Is.EqualTo("approved"));
        Assert.That(report.GetProperty("onTime").GetBoolean(), Is.True);
        Assert.That(report.GetProperty("difficulties").GetString(), Is.EqualTo("Kinh phí hạn hẹp."));
        var filed = report.GetProperty("items")[0];
        Assert.That(filed.GetProperty("status").GetString(), Is.EqualTo("done"));
        Assert.That(filed.GetProperty("spent")[0].GetProperty("source").GetString(), Is.EqualTo("provincial"));
        Assert.That(filed.GetProperty("spent")[0].GetProperty("amount").GetDouble(), Is.EqualTo(12.5));
        var trainees = filed.GetProperty("additionalOutputs").EnumerateArray().Single(o => o.GetProperty("unit").GetString() == "person");
        Assert.That((trainees.GetProperty("total").GetInt32(), trainees.GetProperty("female").GetInt32(), trainees.GetProperty("male").GetInt32()), Is.EqualTo((120, 85, 35)));
        Assert.That(filed.GetProperty("additionalOutputs").GetArrayLength(), Is.EqualTo(2));
        Assert.That(errors, Is.Empty);
    }
}
