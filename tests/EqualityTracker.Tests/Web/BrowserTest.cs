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

    [OneTimeSetUp]
    public async Task StartServerAndBrowser()
    {
        database = TestDatabase.Create(DatabaseProvider.Sqlite);
        Factory = new ApiFactory(database);

        // The browser checks token expiry against its own clock, so the server's clock starts at the real now.
        Factory.Clock.Reset(NodaTime.SystemClock.Instance.GetCurrentInstant());
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
