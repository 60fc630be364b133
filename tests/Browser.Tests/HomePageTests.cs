using Microsoft.Playwright;
using Portal.Browser.Tests.Support;
using Portal.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>The login and home pages in a real browser. Each test runs its own portal (one changes a profile).</summary>
public sealed class HomePageTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    [Fact, Trait("Req", "AUTH-1")]
    public async Task Login_page_shows_the_sign_in_form_in_Japanese()
    {
        var page = await NewPageAsync();
        var portal = Serve(new PortalServer());

        await page.GotoAsync(portal.Url("/Account/Login"));

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "ログイン" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("ユーザーID")).ToBeFocusedAsync();
        await Expect(page.GetByLabel("パスワード")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "login-ja.png");
    }

    [Fact, Trait("Req", "UI-1"), Trait("Req", "UI-3")]
    public async Task Customer_signs_in_sees_the_announcement_banner_and_switches_to_English_from_the_user_menu()
    {
        var page = await NewPageAsync();
        var portal = Serve(new PortalServer());
        var errors = await PageErrors.RecordAsync(page);

        await LogInAsync(page, portal, DemoAccounts.CustomerA);

        await Expect(page.GetByRole(AriaRole.Note).Filter(new() { HasText = "カスタマーポータル定期メンテナンスのお知らせ" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "お問い合わせ", Exact = true })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "home-ja.png");

        await page.GetByRole(AriaRole.Button, new() { Name = "ユーザーメニュー" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Customer Portal", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Note).Filter(new() { HasText = "Scheduled maintenance of the customer portal" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Inquiry", Exact = true })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "home-en.png");
        Assert.Empty(errors);
    }

    [Fact, Trait("Req", "UI-2")]
    public async Task Wide_window_shows_the_top_menu_without_the_toggler()
    {
        var page = await NewPageAsync(width: 1280);
        var portal = Serve(new PortalServer());

        await LogInAsync(page, portal, DemoAccounts.AdminA);

        await Expect(page.Locator("button.navbar-toggler")).ToBeHiddenAsync();
        await Expect(page.Locator("#portal-menu").GetByRole(AriaRole.Link, new() { Name = "ケース一覧" })).ToBeVisibleAsync();
    }

    [Fact, Trait("Req", "UI-2")]
    public async Task Narrow_window_hides_the_menu_behind_the_toggler_which_shows_it()
    {
        var page = await NewPageAsync(width: 390, height: 844);
        var portal = Serve(new PortalServer());
        await LogInAsync(page, portal, DemoAccounts.AdminA);
        var casesLink = page.Locator("#portal-menu").GetByRole(AriaRole.Link, new() { Name = "ケース一覧" });
        await Expect(casesLink).ToBeHiddenAsync();

        await page.Locator("button.navbar-toggler").ClickAsync();

        await Expect(casesLink).ToBeVisibleAsync();
        await Expect(page.Locator("button.navbar-toggler")).ToHaveAttributeAsync("aria-expanded", "true");
    }

    private static async Task LogInAsync(IPage page, PortalServer portal, string userId)
    {
        await page.GotoAsync(portal.Url("/Account/Login"));
        await page.GetByLabel("ユーザーID").FillAsync(userId);
        await page.GetByLabel("パスワード").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "ログイン", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(portal.Url("/"));
    }
}
