using EqualityTracker.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EqualityTracker.Tests.Web;

/// <summary>
/// The app under the API's Content-Security-Policy (no inline script, no inline style): on a phone, the public pages
/// (plans, dashboard, an indicator's chart, the report, sign-in) and, signed in, each role's own page fire no
/// <c>securitypolicyviolation</c> event; and <c>/</c> is served with the policy and its companion headers.
/// </summary>
public sealed class ContentSecurityPolicyTests : BrowserTest
{
    /// <summary>Runs before the page's own scripts: every violation is kept in window.__cspViolations.</summary>
    private const string ViolationListener = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => {
          window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
        });
        """;

    [OneTimeSetUp]
    public async Task UploadFixture()
    {
        // Values, so that the dashboard's counts and status bar have parts of several sizes.
        using var statistics = await Factory.SignedInClientAsync("statistics");
        (await statistics.UploadAsync("births.csv", UploadFiles.Csv(
            "LIVE_BIRTHS,369,2021,F,1000,", "LIVE_BIRTHS,369,2021,M,1160,", "LIVE_BIRTHS,370,2021,F,500,", "LIVE_BIRTHS,370,2021,M,580,",
            "LIVE_BIRTHS,369,2023,F,1000,", "LIVE_BIRTHS,369,2023,M,1120,", "LIVE_BIRTHS,370,2023,F,500,", "LIVE_BIRTHS,370,2023,M,560,"))).EnsureSuccessStatusCode();
    }

    [Test]
    public async Task Root_IsServedWithThePolicyAndItsCompanionHeaders()
    {
        var page = await OpenPhoneAsync();
        var response = await page.GotoAsync("/");
        Assert.That(response, Is.Not.Null);
        var headers = await response!.AllHeadersAsync();
        Assert.That(headers, Does.ContainKey("content-security-policy"));
        var policy = headers["content-security-policy"];
        Assert.That(policy, Does.Contain("default-src 'self'"));
        Assert.That(policy, Does.Contain("script-src 'self'"));
        Assert.That(policy, Does.Contain("style-src 'self'"));
        Assert.That(policy, Does.Not.Contain("unsafe-inline"));
        Assert.That(headers, Does.ContainKey("x-content-type-options"));
        Assert.That(headers["x-content-type-options"], Is.EqualTo("nosniff"));
        Assert.That(headers, Does.ContainKey("referrer-policy"));
        Assert.That(headers["referrer-policy"], Is.Not.Empty);
    }

    [Test]
    public async Task PublicPages_RunWithoutAViolation()
    {
        var (page, problems) = await OpenWatchedPhoneAsync();

        await page.GotoAsync("/#/plans");
        await Assertions.Expect(page.Locator("#main[data-page=plans]")).ToBeVisibleAsync();
        await AssertNoViolationsAsync(page, problems, "plans");

        await page.GotoAsync("/#/dashboard?plan=NB-2021-2025&area=37");
        await Assertions.Expect(page.Locator("[data-progress-target]")).ToHaveCountAsync(23);
        await AssertNoViolationsAsync(page, problems, "dashboard");
        // The status bar's parts are sized without a style attribute, and sized all the same.
        var unsized = await page.Locator(".status-bar-part").EvaluateAllAsync<string[]>(
            "parts => parts.length ? parts.filter(p => getComputedStyle(p).flexGrow !== p.dataset.grow).map(p => p.className) : ['no status bar']");
        Assert.That(unsized, Is.Empty, "status bar parts not sized by their counts");

        await page.Locator("[data-progress-target='4.1'] a.indicator-chart-link").ClickAsync();
        await Assertions.Expect(page.Locator("#main[data-page=indicator]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("svg#progress-chart")).ToBeVisibleAsync();
        await AssertNoViolationsAsync(page, problems, "indicator");

        await page.GotoAsync("/#/report?plan=NB-2021-2025");
        await Assertions.Expect(page.Locator("#main[data-page=report]")).ToBeVisibleAsync();
        await AssertNoViolationsAsync(page, problems, "report");

        await page.GotoAsync("/#/sign-in");
        await Assertions.Expect(page.Locator("#sign-in-form")).ToBeVisibleAsync();
        await AssertNoViolationsAsync(page, problems, "sign-in");
    }

    [TestCase("doh", "my")]
    [TestCase("admin", "review")]
    [TestCase("statistics", "uploads")]
    public async Task SignedInPages_RunWithoutAViolation(string username, string pageName)
    {
        var (page, problems) = await OpenWatchedPhoneAsync();

        await page.GotoAsync("/");
        await SignInAsync(page, username);
        await Assertions.Expect(page.Locator("#sign-out")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"#main[data-page={pageName}]")).ToBeVisibleAsync();
        await AssertNoViolationsAsync(page, problems, $"{username} signing in");

        await page.GotoAsync($"/#/{pageName}");
        await Assertions.Expect(page.Locator($"#main[data-page={pageName}]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#main h1")).ToBeVisibleAsync();
        await AssertNoViolationsAsync(page, problems, $"{username} on #/{pageName}");
    }

    /// <summary>A phone whose pages record every CSP violation; page errors and CSP console errors go to the list.</summary>
    private async Task<(IPage Page, List<string> Problems)> OpenWatchedPhoneAsync()
    {
        var page = await OpenPhoneAsync();
        await page.Context.AddInitScriptAsync(ViolationListener);
        var problems = new List<string>();
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"console: {message.Text}");
            }
        };
        return (page, problems);
    }

    /// <summary>No violation so far on this page (events are read and cleared), nor any recorded problem.</summary>
    private static async Task AssertNoViolationsAsync(IPage page, List<string> problems, string where)
    {
        // Let late work (lazy chunks, charts, the service worker's registration) run first.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var violations = await page.EvaluateAsync<string[]>("() => { const v = window.__cspViolations ?? null; window.__cspViolations = []; return v; }");
        Assert.That(violations, Is.Not.Null, $"{where}: the violation listener did not run");
        Assert.That(violations, Is.Empty, $"{where}: Content-Security-Policy violations");
        Assert.That(problems, Is.Empty, where);
    }
}
