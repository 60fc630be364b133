using Microsoft.Playwright;

namespace Portal.Browser.Tests.Support;

/// <summary>
/// One headless Debian Chromium for the test class (browsers are not downloaded: Playwright drives the
/// installed one). Every test opens its own context, so no cookies or storage are shared.
/// Without the executable the tests are skipped on a workstation and fail on CI.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public static readonly string ExecutablePath = Environment.GetEnvironmentVariable("PORTAL_TEST_CHROMIUM") is { Length: > 0 } path
        ? path
        : "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async ValueTask InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(15_000); // a 2-core CI machine renders slowly
        if (!File.Exists(ExecutablePath))
            return;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    /// <summary>A fresh browser context (own cookies) with one page of the given size.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        if (_browser is null)
        {
            var reason = $"Chromium not found at {ExecutablePath} (set PORTAL_TEST_CHROMIUM to its path).";
            if (Environment.GetEnvironmentVariable("CI") == "true")
                Assert.Fail(reason);
            Assert.Skip(reason);
        }

        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "ja-JP",
            // Bootstrap then skips its colour transitions, so axe-core measures contrast of a state, not of a fade.
            ReducedMotion = ReducedMotion.Reduce,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
