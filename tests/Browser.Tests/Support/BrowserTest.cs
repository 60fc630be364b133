using Microsoft.Playwright;

namespace Portal.Browser.Tests.Support;

/// <summary>
/// The base of every browser test: pages come from here, each with its <see cref="PageAudit"/>, and the test
/// fails at its end if any page it visited has a serious or critical axe-core violation (UI-5). Portals started
/// through <see cref="Serve{T}"/> stop after that check, so a page can still be opened again to be checked.
/// </summary>
public abstract class BrowserTest(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IAsyncDisposable
{
    /// <summary>The widths screenshots are taken at: a laptop and a phone (UI-5).</summary>
    public const int Wide = 1366;
    public const int Phone = 390;

    private readonly List<(IPage Page, PageAudit Audit)> _pages = [];
    private readonly List<IAsyncDisposable> _servers = [];

    protected ChromiumFixture Chromium => chromium;

    /// <summary>A page in its own browser context (own cookies), audited on every load.</summary>
    protected async Task<IPage> NewPageAsync(int width = Wide, int height = 900)
    {
        var page = await chromium.NewPageAsync(width, height);
        _pages.Add((page, PageAudit.Attach(page)));
        return page;
    }

    /// <summary>A portal that runs until the test's pages are checked, then stops.</summary>
    protected T Serve<T>(T server)
        where T : IAsyncDisposable
    {
        _servers.Add(server);
        return server;
    }

    /// <summary>Checks a state the page reached without loading (an open menu or dialog, another tab).</summary>
    protected Task CheckAccessibilityAsync(IPage page, string state) =>
        _pages.Single(p => p.Page == page).Audit.CheckAsync("#" + state);

    public async ValueTask DisposeAsync()
    {
        try
        {
            foreach (var (_, audit) in _pages)
                await audit.AssertCleanAsync();
        }
        finally
        {
            foreach (var (page, _) in _pages)
                await page.Context.CloseAsync();
            foreach (var server in _servers)
                await server.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
