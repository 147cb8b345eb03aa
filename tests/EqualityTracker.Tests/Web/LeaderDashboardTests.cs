using EqualityTracker.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EqualityTracker.Tests.Web;

/// <summary>
/// A leader on a phone, without signing in: Ninh Bình's dashboard → sex ratio at birth → its chart, with the national
/// 2020 and 2025 goals, the province's 2025 goal and the projection; then, offline, a reload shows the last data seen.
/// Fixture (approved, uploaded): province sex ratio 116 in 2021 and 112 in 2023 → on track for ≤ 111 in 2025.
/// </summary>
public sealed class LeaderDashboardTests : BrowserTest
{
    [OneTimeSetUp]
    public async Task UploadFixture()
    {
        using var statistics = await Factory.SignedInClientAsync("statistics");
        (await statistics.UploadAsync("births.csv", UploadFiles.Csv(
            "LIVE_BIRTHS,369,2021,F,1000,", "LIVE_BIRTHS,369,2021,M,1160,", "LIVE_BIRTHS,370,2021,F,500,", "LIVE_BIRTHS,370,2021,M,580,",
            "LIVE_BIRTHS,369,2023,F,1000,", "LIVE_BIRTHS,369,2023,M,1120,", "LIVE_BIRTHS,370,2023,F,500,", "LIVE_BIRTHS,370,2023,M,560,"))).EnsureSuccessStatusCode();
    }

    [Test]
    public async Task Leader_OpensATargetsChart_WithBothGoalLinesAndTheProjection()
    {
        var page = await OpenPhoneAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync("/#/dashboard?plan=NB-2021-2025&area=37");
        var srb = page.Locator("[data-progress-target='4.1']");
        await Assertions.Expect(srb).ToHaveAttributeAsync("data-status", "on_track");
        await Assertions.Expect(page.Locator("[data-progress-target]")).ToHaveCountAsync(23);

        await srb.Locator("a.indicator-chart-link").ClickAsync();
        var chart = page.Locator("svg#progress-chart");
        await Assertions.Expect(chart).ToBeVisibleAsync();
        var total = chart.Locator("path[data-series='_T']");
        Assert.That(await total.GetAttributeAsync("data-points"), Does.StartWith("2021:116").And.Contain("2023:112"));
        await Assertions.Expect(chart.Locator("[data-goal][data-year='2020'][data-value='115']")).ToHaveCountAsync(1);
        await Assertions.Expect(chart.Locator("[data-goal][data-year='2025'][data-value='111']")).Not.ToHaveCountAsync(0);
        var projection = await chart.Locator("[data-projection]").GetAttributeAsync("data-points");
        Assert.That(projection, Does.StartWith("2023:112"));
        Assert.That(projection, Does.Contain("2025:108.1"), "112 × 112/116 = 108.14");
        Assert.That(errors, Is.Empty);
    }

    [TestCase("BS-2018", "381", 44)]
    [TestCase("TN-2017", "19", 30)]
    public async Task APlanWithoutTargets_ShowsItsActivitiesAndTheirCompletion(string plan, string area, int activities)
    {
        var page = await OpenPhoneAsync();

        await page.GotoAsync($"/#/dashboard?plan={plan}&area={area}");

        var completion = page.Locator("#activity-completion");
        await Assertions.Expect(completion).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#activities-progress")).ToHaveAttributeAsync("data-total", $"{activities}");
        await Assertions.Expect(page.Locator("#completion-share")).ToHaveAttributeAsync("data-share", "0");
        await Assertions.Expect(page.Locator("#completion-counts li[data-activity-status=none]")).ToHaveAttributeAsync("data-count", $"{activities}");
        await Assertions.Expect(page.Locator("#completion-domains tbody tr")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#budget-execution")).ToBeVisibleAsync();
        await page.Locator("#completion-formula summary").ClickAsync();
        await Assertions.Expect(page.Locator("#completion-formula p")).ToContainTextAsync("÷");
    }

    [Test]
    public async Task Leader_ReloadingOffline_SeesTheLastDataWithItsAge()
    {
        var page = await OpenPhoneAsync();
        await page.GotoAsync("/#/dashboard?plan=NB-2021-2025&area=37");
        await Assertions.Expect(page.Locator("[data-progress-target='4.1']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("html[data-offline-ready='true']")).ToHaveCountAsync(1);

        await page.Context.SetOfflineAsync(true);
        await page.ReloadAsync();

        await Assertions.Expect(page.Locator("[data-progress-target='4.1']")).ToHaveAttributeAsync("data-status", "on_track");
        var notice = page.Locator("#offline-notice[role=status]");
        await Assertions.Expect(notice).ToBeVisibleAsync();
        await Assertions.Expect(notice).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"(Ngoại tuyến|Offline) — .* \d{2}:\d{2} \d{2}/\d{2}/\d{4}"));
        await page.Context.SetOfflineAsync(false);
    }
}
