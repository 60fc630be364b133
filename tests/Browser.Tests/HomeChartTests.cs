using Microsoft.Playwright;
using Portal.Browser.Tests.Support;
using Portal.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>
/// UI-1 in the browser: the customer's home page draws its two charts (Chart.js, served by the portal), each an
/// image with a name, and keeps their numbers one click away in a table. Japanese and English, shot at 1366 px and
/// 390 px; axe-core with the tables folded and opened (UI-5), and no script error or blocked resource.
/// </summary>
[Trait("Req", "UI-1")]
[Trait("Req", "UI-5")]
public sealed class HomeChartTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public async Task The_home_page_draws_the_charts_and_shows_their_numbers_as_tables_on_demand(string language)
    {
        var portal = Serve(new PortalServer());
        var ja = language == "ja";
        var page = await NewPageAsync();
        var errors = await PageErrors.RecordAsync(page);
        await Visit.SignInAsync(page, portal, DemoAccounts.CustomerA, language);

        var open = page.GetByRole(AriaRole.Img, new() { Name = ja ? "クローズされていないケース（状況別）" : "Open cases by status" });
        var alerts = page.GetByRole(AriaRole.Img, new() { Name = ja ? "週ごとのアラート（過去 12 週）" : "Alerts per week (last 12 weeks)" });
        await Expect(open).ToBeVisibleAsync();
        await Expect(alerts).ToBeVisibleAsync();
        Assert.True((await open.BoundingBoxAsync())!.Height > 100, "the chart has been drawn at its height");
        var table = page.Locator(".home-chart-open table");
        await Expect(table).ToBeHiddenAsync(); // folded once the chart is drawn
        await Visit.ShootAsync(page, $"home-chart-{language}");

        await page.Locator(".home-chart-open summary").ClickAsync();
        await page.Locator(".home-chart-alerts summary").ClickAsync();
        await Expect(table).ToBeVisibleAsync();
        var newRow = table.GetByRole(AriaRole.Row, new() { Name = ja ? "新規" : "New" });
        await Expect(newRow.GetByRole(AriaRole.Cell)).ToHaveTextAsync(ja ? "2 件" : "2");
        await Expect(page.Locator(".home-chart-alerts tbody tr")).ToHaveCountAsync(12);
        await Expect(page.Locator(".home-chart-alerts tbody tr").Last).ToContainTextAsync(ja ? "（今週）" : "(this week)");
        await CheckAccessibilityAsync(page, "chart-tables");
        await Visit.ShootAsync(page, $"home-chart-tables-{language}");
        Assert.Empty(errors);
    }
}
