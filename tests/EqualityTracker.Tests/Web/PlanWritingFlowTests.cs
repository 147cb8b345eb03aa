using Microsoft.Playwright;

namespace EqualityTracker.Tests.Web;

/// <summary>
/// On a phone (390×844), Ninh Bình's coordinator writes the 2026–2030 plan: creates the draft, pastes the objectives
/// section, confirms the two draft targets read from it one by one, issues the plan with its decision, and sees the
/// issued plan with both targets, as every reader does.
/// </summary>
public sealed class PlanWritingFlowTests : BrowserTest
{
    private const string Objectives =
        "II. MỤC TIÊU\n2. Mục tiêu cụ thể đến năm 2030\n" +
        "Mục tiêu 1: Trong lĩnh vực y tế\n" +
        "- Chỉ tiêu 1: Tỷ số giới tính khi sinh ở mức 109 bé trai/100 bé gái sinh ra sống vào năm 2030.\n" +
        "- Chỉ tiêu 2: Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt ít nhất 30% vào năm 2030.\n";

    [Test]
    public async Task TheCoordinator_WritesAPlanWithTwoTargetsOnAPhone_AndIssuesIt()
    {
        var page = await OpenPhoneAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        Assert.That(page.ViewportSize!.Width, Is.EqualTo(390));

        await page.GotoAsync("/");
        await SignInAsync(page, "admin");
        await Assertions.Expect(page.Locator("#main[data-page=review]")).ToBeVisibleAsync();
        await page.GotoAsync("/#/plans");
        await page.Locator("#new-plan").ClickAsync();
        await Assertions.Expect(page.Locator("#main[data-page=planNew]")).ToBeVisibleAsync();

        await page.Locator("#new-code").FillAsync("NB-2026-2030");
        await page.Locator("#new-title-vi").FillAsync("Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 tỉnh Ninh Bình");
        await page.Locator("#new-title-en").FillAsync("Ninh Binh gender-equality plan 2026-2030");
        await Assertions.Expect(page.Locator("#new-area")).ToHaveValueAsync("37");
        await Assertions.Expect(page.Locator("#new-implements")).ToHaveValueAsync("VN-2021-2030");
        await page.Locator("#new-legal-vi").FillAsync("Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ");
        await page.Locator("#new-create").ClickAsync();
        await Assertions.Expect(page.Locator("#main[data-page=planEdit]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#plan-status")).ToHaveAttributeAsync("data-status", "draft");

        // Paste the objectives: two draft targets to confirm one by one.
        await page.Locator("#paste-text").FillAsync(Objectives);
        await page.Locator("#paste-read").ClickAsync();
        await Assertions.Expect(page.Locator("#draft-targets li.draft-target")).ToHaveCountAsync(2);
        await page.Locator("li.draft-target[data-draft='0'] button[data-action=confirm-draft]").ClickAsync();
        await Assertions.Expect(page.Locator("#plan-targets li.edit-item")).ToHaveCountAsync(1);
        await page.Locator("li.draft-target[data-draft='1'] button[data-action=confirm-draft]").ClickAsync();
        await Assertions.Expect(page.Locator("#plan-targets li.edit-item")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#plan-targets li[data-target='0'] select[data-path='targets.0.indicator']")).ToHaveValueAsync("SRB");
        await Assertions.Expect(page.Locator("#plan-targets li[data-target='1'] select[data-path='targets.1.indicator']")).ToHaveValueAsync("ENTERPRISE_DIRECTORS_F");

        // Nothing is wider than the phone.
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.That(overflow, Is.False, "the editor fits 390 px");

        // Issue, with the decision.
        await page.Locator("#issue-decision").FillAsync("15/KH-UBND");
        await page.Locator("#issue-date").FillAsync("2026-11-20");
        await page.Locator("#issue-button").ClickAsync();
        await Assertions.Expect(page.Locator("#plan-status")).ToHaveAttributeAsync("data-status", "issued");
        await Assertions.Expect(page.Locator("#plan-versions li[data-version='1'][data-status=issued]")).ToContainTextAsync("15/KH-UBND");

        // The issued plan, as everyone reads it.
        await page.Locator("#plan-view-link").ClickAsync();
        await Assertions.Expect(page.Locator("#main[data-page=plan]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#plan-title")).ToContainTextAsync("2026-2030");
        await Assertions.Expect(page.Locator("li.target")).ToHaveCountAsync(2);
        Assert.That(errors, Is.Empty);
    }
}
