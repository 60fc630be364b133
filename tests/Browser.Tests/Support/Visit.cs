using Microsoft.Playwright;
using Portal.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests.Support;

/// <summary>What most browser tests do first and last: sign a demo user in (in Japanese or English), and shoot a page at both widths.</summary>
public static class Visit
{
    /// <summary>Signs <paramref name="userId"/> in through the login page, then switches to English from the user menu when asked.</summary>
    public static async Task SignInAsync(IPage page, PortalServer portal, string userId, string language, string password = DemoAccounts.Password)
    {
        await page.GotoAsync(portal.Url("/Account/Login"));
        await page.Locator("#user-id").FillAsync(userId);
        await page.Locator("#password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "ログイン", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(portal.Url("/"));
        if (language == "en")
        {
            if (await page.Locator("button.navbar-toggler").IsVisibleAsync())
                await page.Locator("button.navbar-toggler").ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "ユーザーメニュー" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        }
    }

    /// <summary>The page as it is, at 1366 px and 390 px, readable at each (UI-5); the window is wide again afterwards.</summary>
    public static async Task ShootAsync(IPage page, string name)
    {
        foreach (var width in new[] { BrowserTest.Wide, BrowserTest.Phone })
        {
            await page.SetViewportSizeAsync(width, width == BrowserTest.Phone ? 844 : 900);
            await Layout.AssertReadableAsync(page);
            await Screenshots.TakeAsync(page, $"{name}-{width}.png");
        }

        await page.SetViewportSizeAsync(BrowserTest.Wide, 900);
    }
}
