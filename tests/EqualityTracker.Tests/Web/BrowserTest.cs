using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EqualityTracker.Tests.Web;

/// <summary>The real API on a loopback port and Debian's Chromium driven by Playwright, at a phone's viewport.</summary>
[NonParallelizable]
public abstract class BrowserTest
{
    private TestDatabase database = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    protected ApiFactory Factory { get; private set; } = null!;

    protected Uri BaseAddress { get; private set; } = null!;

    /// <summary>Where the server's clock starts; null for the real now.</summary>
    protected virtual NodaTime.Instant? ServerNow => null;

    /// <summary>Extra configuration for the server.</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    /// <summary>Signs in through the header's link and the sign-in form.</summary>
    protected static async Task SignInAsync(IPage page, string username)
    {
        await page.Locator("#sign-in-link").ClickAsync();
        await page.Locator("#sign-in-username").FillAsync(username);
        await page.Locator("#sign-in-password").FillAsync("Dev-Password-1");
        await page.Locator("#sign-in-submit").ClickAsync();
    }

    [OneTimeSetUp]
    public async Task StartServerAndBrowser()
    {
        database = TestDatabase.Create(DatabaseProvider.Sqlite);
        Factory = new ApiFactory(database, Settings);

        // The browser checks token expiry against its own clock: the server's clock starts at the real now unless a
        // test moves it, and then tokens must outlive the gap (see Settings).
        Factory.Clock.Reset(ServerNow ?? NodaTime.SystemClock.Instance.GetCurrentInstant());
        BaseAddress = Factory.StartRealServer();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    [TearDown]
    public void KeepContract() => Factory.AssertContractKept();

    [OneTimeTearDown]
    public async Task StopServerAndBrowser()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        Factory?.Dispose();
        database?.Dispose();
    }

    /// <summary>A new browser context the size of a 390×844 phone.</summary>
    protected async Task<IPage> OpenPhoneAsync()
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            BaseURL = BaseAddress.ToString(),
            AcceptDownloads = true,
        });
        return await context.NewPageAsync();
    }
}
