using System.Text.Json;
using Microsoft.Playwright;
using NodaTime;

namespace EqualityTracker.Tests.Web;

/// <summary>
/// On a phone, 1 December 2025 (the Action Month, due 15 December): Ninh Bình's Women's Union opens its activities,
/// fills its Action Month report (a status, money spent, the texts), saves and submits it; the coordinator finds it
/// submitted on the compile page and approves it.
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
        Assert.That(errors, Is.Empty);
    }
}
