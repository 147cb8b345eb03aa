using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EqualityTracker.Tests.Web;

/// <summary>A person on a phone (390×844) browses plan → target → indicator in Debian's Chromium.</summary>
public sealed class PhoneBrowsingTests : BrowserTest
{
    [Test]
    public async Task Phone_SwitchesToEnglishAndGoesFromPlanToTargetToIndicator()
    {
        var page = await OpenPhoneAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        // Vietnamese by default: the plans, grouped by area.
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("Ninh Bình") }).First).ToBeVisibleAsync();

        // Switch to English: the page re-renders in English and the choice is remembered.
        await page.Locator("#lang-switch").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.Locator("#lang-switch")).ToHaveTextAsync("Tiếng Việt");

        // Plan: Ninh Bình's 23 targets, each with its lead agency.
        await page.Locator("a.plan-link[data-plan='NB-2021-2025']").First.ClickAsync();
        await Assertions.Expect(page.Locator("[data-target]")).ToHaveCountAsync(23);
        var srb = page.Locator("[data-target='4.1']");
        await Assertions.Expect(srb).ToContainTextAsync("111");
        await Assertions.Expect(srb).ToContainTextAsync("Department of Health");

        // Filter by agency: the URL keeps the filter, so the link can be shared.
        await page.Locator("#filter-agency").SelectOptionAsync("DIC");
        await Assertions.Expect(page.Locator("[data-target]")).ToHaveCountAsync(2);
        Assert.That(page.Url, Does.Contain("agency=DIC"));
        await page.Locator("#filter-agency").SelectOptionAsync("");
        await Assertions.Expect(page.Locator("[data-target]")).ToHaveCountAsync(23);

        // Target → its indicator, with the national goals beside Ninh Bình's.
        await page.Locator("[data-target='4.1'] .indicator-link").ClickAsync();
        await Assertions.Expect(page.Locator("#indicator-title")).ToHaveTextAsync("Sex ratio at birth (boys per 100 girls born alive)");
        var goals = page.Locator("#indicator-targets tr[data-plan]");
        await Assertions.Expect(goals).ToHaveCountAsync(5);
        await Assertions.Expect(page.Locator("#indicator-targets tr[data-plan='VN-2011-2020']").Nth(1)).ToContainTextAsync("115");
        await Assertions.Expect(page.Locator("#indicator-targets tr[data-plan='NB-2021-2025']")).ToContainTextAsync("111");

        // Nothing overflows a phone's width.
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.That(overflow, Is.LessThanOrEqualTo(0), "the page scrolls sideways at 390 px");
        Assert.That(errors, Is.Empty);
    }

    [Test]
    public async Task Phone_ShowsAReadableMessageForAnUnknownPlan()
    {
        var page = await OpenPhoneAsync();

        await page.GotoAsync("/#/plans/NO-SUCH-PLAN");

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("NO-SUCH-PLAN");
        await Assertions.Expect(page.Locator("[role='alert']")).ToBeVisibleAsync();
    }
}
