using Microsoft.Playwright;
using NodaTime;

namespace EqualityTracker.Tests.Web;

/// <summary>
/// On a phone, 1 December 2025 (before Ninh Bình's 10 December deadline): Health fills two of its targets, saves and
/// submits; each value's history is in a drawer; the coordinator approves it and sees who reported on time.
/// </summary>
public sealed class DepartmentReviewFlowTests : BrowserTest
{
    protected override Instant? ServerNow => Instant.FromUtc(2025, 12, 1, 3, 0);

    /// <summary>Tokens issued on the server's 2025 clock must still be valid by the browser's real clock.</summary>
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Jwt:Lifetime"] = "1000.00:00:00" };

    [Test]
    public async Task Health_FillsTwoTargetsAndSubmits_ThenTheCoordinatorApproves()
    {
        var page = await OpenPhoneAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync("/");
        await SignInAsync(page, "doh");
        await Assertions.Expect(page.Locator("#main[data-page=my]")).ToBeVisibleAsync();
        await page.GotoAsync("/#/my?plan=NB-2021-2025&period=2025");
        await Assertions.Expect(page.Locator("article.target-card[data-role=lead]")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("#due-date")).ToHaveAttributeAsync("data-date", "2025-12-10");

        // Validation as you type: a negative count is refused before anything is sent.
        await page.Locator("#field-LIVE_BIRTHS-M").FillAsync("-5");
        await Assertions.Expect(page.Locator("#field-LIVE_BIRTHS-M")).ToHaveAttributeAsync("aria-invalid", "true");

        // Target 4.1 (sex ratio at birth) and 4.2 (maternal mortality).
        await page.Locator("#field-LIVE_BIRTHS-M").FillAsync("10800");
        await page.Locator("#field-LIVE_BIRTHS-F").FillAsync("9700");
        await page.Locator("#field-MATERNAL_DEATHS-_T").FillAsync("4");
        await page.Locator("#field-LIVE_BIRTHS-_T").FillAsync("20500");
        await page.Locator("#save-draft").ClickAsync();
        await Assertions.Expect(page.Locator("#save-result")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".value-field[data-field='LIVE_BIRTHS-F']")).ToHaveAttributeAsync("data-state", "draft");

        // History drawer.
        await page.Locator(".history-button[data-code='LIVE_BIRTHS'][data-sex='F']").First.ClickAsync();
        await Assertions.Expect(page.Locator("dialog#history-drawer[open]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("ol#history-list li[data-action=create]")).ToHaveCountAsync(1);
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("dialog#history-drawer[open]")).ToHaveCountAsync(0);

        // Submit.
        await page.Locator("#submit-period").ClickAsync();
        await Assertions.Expect(page.Locator("#submission-status[data-status=submitted]")).ToBeVisibleAsync();

        // The coordinator approves.
        await page.Locator("#sign-out").ClickAsync();
        await page.GotoAsync("/");
        await SignInAsync(page, "admin");
        await Assertions.Expect(page.Locator("#main[data-page=review]")).ToBeVisibleAsync();
        await page.GotoAsync("/#/review?plan=NB-2021-2025&period=2025");
        var card = page.Locator("article.submission-card[data-agency=DOH]");
        await Assertions.Expect(card).ToHaveCountAsync(1);
        await card.Locator(".approve-button").ClickAsync();
        await Assertions.Expect(card).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#review-result")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table#timeliness tr[data-agency=DOH] td[data-count=missing]")).ToHaveTextAsync("2");
        await Assertions.Expect(page.Locator("table#timeliness tr[data-agency=DOH] td[data-count=onTime]")).ToHaveTextAsync("2");

        using var api = await Factory.SignedInClientAsync("doh");
        var stored = await (await api.GetAsync("/api/values/LIVE_BIRTHS/37/2025/F")).Content.ReadAsStringAsync();
        Assert.That(stored, Does.Contain("\"state\":\"approved\""));
        Assert.That(errors, Is.Empty);
    }
}
