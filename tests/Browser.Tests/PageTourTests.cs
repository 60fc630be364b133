using Microsoft.Playwright;
using Portal.Browser.Tests.Support;
using Portal.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>
/// UI-5, UI-2: every built page as a customer and as an agent, on a laptop (1366 px) and a phone (390 px), in
/// Japanese and English: no serious or critical axe-core violation (on each load, and with the menus, tabs and
/// dialogs opened), no sideways scrolling, every control inside the window, no label broken into single
/// characters. Screenshots of each page at both widths.
/// </summary>
[Trait("Req", "UI-5")]
[Trait("Req", "UI-2")]
public sealed class PageTourTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    private const string CaseSubject = "アプリが起動しない端末がある";

    public static TheoryData<int, string> Windows => new()
    {
        { Wide, "ja" },
        { Phone, "ja" },
        { Phone, "en" },
    };

    [Theory, MemberData(nameof(Windows))]
    public async Task A_customer_reads_every_page_on_a_laptop_and_a_phone(int width, string language)
    {
        var portal = Serve(new PortalServer());
        var page = await NewPageAsync(width, width == Phone ? 844 : 900);
        var errors = await PageErrors.RecordAsync(page);
        await SignInAsync(page, portal, DemoAccounts.CustomerA, language);

        await VisitAsync(page, portal, "/", $"home-customer-{language}-{width}.png");
        if (width == Phone)
        {
            await page.Locator("button.navbar-toggler").ClickAsync();
            await Expect(page.Locator("#portal-menu")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bshow\b"));
            await Layout.AssertReadableAsync(page);
            await CheckAccessibilityAsync(page, "menu");
            await Screenshots.TakeAsync(page, $"menu-{language}-{width}.png");
        }

        await VisitAsync(page, portal, "/Cases", $"case-list-{language}-{width}.png");
        await page.GetByRole(AriaRole.Button, new() { Name = language == "ja" ? "フィルター" : "Filter", Exact = true }).ClickAsync();
        await Expect(page.Locator("#filter-builder")).ToBeVisibleAsync();
        await CheckAccessibilityAsync(page, "filter-builder");

        await VisitAsync(page, portal, "/Cases/New", $"case-new-{language}-{width}.png");
        await page.GetByRole(AriaRole.Button, new() { Name = language == "ja" ? "送信" : "Submit", Exact = true }).ClickAsync();
        await Expect(page.Locator(".field-validation-error, .invalid-feedback, [role=alert]").First).ToBeVisibleAsync();
        await Layout.AssertReadableAsync(page);
        await CheckAccessibilityAsync(page, "refused");

        await page.GotoAsync(portal.Url("/Cases"));
        await page.GetByRole(AriaRole.Link, new() { Name = CaseSubject }).ClickAsync();
        await Expect(page.Locator(".case-status")).ToBeVisibleAsync();
        await Layout.AssertReadableAsync(page);
        await Screenshots.TakeAsync(page, $"case-detail-{language}-{width}.png");
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new(language == "ja" ? "^添付ファイル" : "^Attachments") }).ClickAsync();
        await Expect(page.Locator("#attachments")).ToBeVisibleAsync();
        await Layout.AssertReadableAsync(page);
        await CheckAccessibilityAsync(page, "attachments");
        await Screenshots.TakeAsync(page, $"case-attachments-{language}-{width}.png");
        await page.GetByRole(AriaRole.Button, new() { Name = language == "ja" ? "アクション" : "Actions" }).ClickAsync();
        await CheckAccessibilityAsync(page, "actions");

        await VisitAsync(page, portal, "/Search?q=" + Uri.EscapeDataString("アラート対応表"), $"search-{language}-{width}.png");
        await Expect(page.Locator(".search-articles a").First).ToBeVisibleAsync();
        await VisitAsync(page, portal, "/Account", $"account-{language}-{width}.png");
        await VisitAsync(page, portal, "/Account/Profile", $"profile-{language}-{width}.png");
        await VisitAsync(page, portal, "/Account/LoginHistory", $"login-history-{language}-{width}.png");
        await OpenUserMenuAsync(page, language == "ja" ? "ユーザーメニュー" : "User menu");
        await CheckAccessibilityAsync(page, "user-menu");
        Assert.Empty(errors);
    }

    [Theory, MemberData(nameof(Windows))]
    public async Task An_agent_works_the_queue_and_a_case_on_a_laptop_and_a_phone(int width, string language)
    {
        var portal = Serve(new PortalServer());
        var page = await NewPageAsync(width, width == Phone ? 844 : 900);
        var errors = await PageErrors.RecordAsync(page);
        await SignInAsync(page, portal, DemoAccounts.Agent, language);

        await VisitAsync(page, portal, "/", $"home-agent-{language}-{width}.png");
        await VisitAsync(page, portal, "/Cases", $"agent-queue-{language}-{width}.png");
        await page.GetByRole(AriaRole.Link, new() { Name = CaseSubject }).ClickAsync();
        await Expect(page.Locator(".case-status")).ToBeVisibleAsync();
        await Layout.AssertReadableAsync(page);
        await Screenshots.TakeAsync(page, $"agent-case-{language}-{width}.png");
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new(language == "ja" ? "^添付ファイル" : "^Attachments") }).ClickAsync();
        await Layout.AssertReadableAsync(page);
        await CheckAccessibilityAsync(page, "attachments");
        await VisitAsync(page, portal, "/Account/LoginHistory", $"agent-login-history-{language}-{width}.png");
        Assert.Empty(errors);
    }

    private static async Task VisitAsync(IPage page, PortalServer portal, string path, string screenshot)
    {
        var response = await page.GotoAsync(portal.Url(path));
        Assert.True(response?.Ok, $"{path}: {response?.Status}");
        await Layout.AssertReadableAsync(page);
        await Screenshots.TakeAsync(page, screenshot);
    }

    private static async Task OpenUserMenuAsync(IPage page, string name)
    {
        if (await page.Locator("button.navbar-toggler").IsVisibleAsync())
        {
            await page.Locator("button.navbar-toggler").ClickAsync();
            await Expect(page.Locator("#portal-menu")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bshow\b"));
        }

        await page.GetByRole(AriaRole.Button, new() { Name = name }).ClickAsync();
        await Expect(page.Locator(".dropdown-menu.show")).ToBeVisibleAsync();
    }

    private static async Task SignInAsync(IPage page, PortalServer portal, string userId, string language)
    {
        await page.GotoAsync(portal.Url("/Account/Login"));
        await page.Locator("#user-id").FillAsync(userId);
        await page.Locator("#password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "ログイン", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(portal.Url("/"));
        if (language == "en")
        {
            // The demo users' profiles say Japanese: English is chosen from the user menu, as a user would.
            await OpenUserMenuAsync(page, "ユーザーメニュー");
            await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        }
    }
}
