using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Browser.Tests.Support;
using Portal.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>
/// ANN-1, ANN-2, AGT-2 (guide 4.12) in the browser: an agent writes an announcement from the agents' menu, linked to a
/// knowledge article; a customer sees it in the banner, closes it with ×, signs out and in again and finds it still
/// closed, while the Announcements list keeps it and its title opens the article. Japanese at 1366 px and English at
/// 390 px, each page shot at both widths; axe-core on every page and on the delete confirmation (UI-5).
/// </summary>
[Trait("Req", "ANN-1")]
[Trait("Req", "ANN-2")]
[Trait("Req", "AGT-2")]
[Trait("Req", "UI-5")]
public sealed partial class AnnouncementTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    [Theory]
    [InlineData(Wide, "ja")]
    [InlineData(Phone, "en")]
    public async Task An_agents_announcement_reaches_the_customers_banner_which_stays_closed_once_closed(int width, string language)
    {
        var portal = Serve(new PortalServer());
        var ja = language == "ja";
        var height = width == Phone ? 844 : 900;
        var title = ja ? "臨時メンテナンスのお知らせ" : "Unscheduled maintenance";

        var agent = await NewPageAsync(width, height);
        var agentErrors = await PageErrors.RecordAsync(agent);
        await Visit.SignInAsync(agent, portal, DemoAccounts.Agent, language);
        await agent.Locator(".agent-menu a[href='/Provider/Announcements']").ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = ja ? "お知らせの管理" : "Manage announcements", Exact = true })).ToBeVisibleAsync();
        await Visit.ShootAsync(agent, $"announcement-schedule-{language}");
        var article = (await agent.Locator(".announcement-schedule a[href^='/Knowledge/KB']").First.TextContentAsync())!.Trim();

        await agent.GetByRole(AriaRole.Link, new() { Name = ja ? "お知らせを作成" : "New announcement" }).ClickAsync();
        var from = agent.GetByLabel(ja ? "掲載開始日時" : "Display from");
        // The form offers the next full hour of the portal's clock: start two hours before it, so that it shows now.
        var offered = DateTime.ParseExact(await from.InputValueAsync(), "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        await from.FillAsync(offered.AddHours(-2).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await agent.GetByLabel(ja ? "タイトル (日本語)" : "Title (Japanese)").FillAsync("臨時メンテナンスのお知らせ");
        await agent.GetByLabel(ja ? "タイトル (英語)" : "Title (English)").FillAsync("Unscheduled maintenance");
        await agent.GetByLabel(ja ? "リンクするナレッジ番号" : "Linked knowledge article number").FillAsync("KB0000000");
        await agent.GetByRole(AriaRole.Button, new() { Name = ja ? "保存" : "Save", Exact = true }).ClickAsync();

        await Expect(agent.Locator(".announcement-errors")).ToContainTextAsync(ja ? "ナレッジ KB0000000 は見つかりません。" : "There is no knowledge article KB0000000.");
        await Expect(agent.GetByLabel(ja ? "タイトル (英語)" : "Title (English)")).ToHaveValueAsync("Unscheduled maintenance");
        await Visit.ShootAsync(agent, $"announcement-refused-{language}");
        await agent.GetByLabel(ja ? "リンクするナレッジ番号" : "Linked knowledge article number").FillAsync(article);
        await agent.GetByRole(AriaRole.Button, new() { Name = ja ? "保存" : "Save", Exact = true }).ClickAsync();

        await Expect(agent.Locator(".done-notice")).ToContainTextAsync(ja ? "お知らせを保存しました。" : "The announcement was saved.");
        var row = agent.Locator(".announcement-schedule tr").Filter(new() { HasText = title });
        await Expect(row.Locator(".announcement-state")).ToHaveTextAsync(ja ? "掲載中" : "Active");
        await row.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = ja ? "お知らせを編集" : "Edit announcement" })).ToBeVisibleAsync();
        await Visit.ShootAsync(agent, $"announcement-edit-{language}");
        await agent.SetViewportSizeAsync(width, height); // the shots left the window wide
        await agent.GetByRole(AriaRole.Button, new() { Name = ja ? "削除" : "Delete", Exact = true }).ClickAsync();
        await Expect(agent.Locator("#delete-announcement-dialog")).ToBeVisibleAsync();
        await CheckAccessibilityAsync(agent, "delete-dialog");
        await Screenshots.TakeAsync(agent, $"announcement-delete-{language}-{width}.png");
        await agent.Locator("#delete-announcement-dialog").GetByRole(AriaRole.Button, new() { Name = ja ? "キャンセル" : "Cancel" }).First.ClickAsync();
        await Expect(agent.Locator("#delete-announcement-dialog")).ToBeHiddenAsync();
        Assert.Empty(agentErrors);

        var customer = await NewPageAsync(width, height);
        var errors = await PageErrors.RecordAsync(customer);
        await Visit.SignInAsync(customer, portal, DemoAccounts.CustomerA, language);
        var banner = customer.GetByRole(AriaRole.Note).Filter(new() { HasText = title });
        await Expect(banner).ToBeVisibleAsync();
        await Expect(banner.GetByRole(AriaRole.Link, new() { Name = ja ? "詳細" : "Details" })).ToHaveAttributeAsync("href", "/Knowledge/" + article);
        await Expect(customer.Locator(".announcement-note")).ToBeVisibleAsync();
        await Visit.ShootAsync(customer, $"announcement-banner-{language}");

        await banner.GetByRole(AriaRole.Button, new() { Name = ja ? "このお知らせを閉じる" : "Dismiss this announcement" }).ClickAsync();

        await Expect(banner).ToHaveCountAsync(0);
        var list = customer.Locator("section[aria-labelledby='announcements-heading']");
        await Expect(list.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
        await LogOutAndInAsync(customer, portal);
        await Expect(customer.GetByRole(AriaRole.Note).Filter(new() { HasText = title })).ToHaveCountAsync(0);
        await Expect(customer.GetByRole(AriaRole.Note)).ToHaveCountAsync(2); // the seeded ones stay
        await Visit.ShootAsync(customer, $"announcement-dismissed-{language}");

        await list.GetByRole(AriaRole.Link, new() { Name = ja ? "すべてのお知らせ" : "All announcements" }).ClickAsync();
        await Expect(customer.GetByRole(AriaRole.Heading, new() { Name = ja ? "お知らせ" : "Announcements", Exact = true, Level = 1 })).ToBeVisibleAsync();
        var item = customer.Locator(".announcement-list").GetByRole(AriaRole.Link, new() { Name = title });
        await Expect(item).ToBeVisibleAsync();
        await Visit.ShootAsync(customer, $"announcement-list-{language}");
        Assert.Empty(errors);

        await item.ClickAsync();
        await customer.WaitForURLAsync(KnowledgeArticle());
        Assert.EndsWith("/Knowledge/" + article, customer.Url, StringComparison.Ordinal);
    }

    /// <summary>Signs out from the user menu and in again with the same user ID, as the next day's visit would.</summary>
    private static async Task LogOutAndInAsync(IPage page, PortalServer portal)
    {
        if (await page.Locator("button.navbar-toggler").IsVisibleAsync())
            await page.Locator("button.navbar-toggler").ClickAsync();
        await page.Locator("button.user-menu").ClickAsync();
        await page.Locator("form[action='/Account/Logout'] button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(LoginPage());
        await page.Locator("#user-id").FillAsync(DemoAccounts.CustomerA);
        await page.Locator("#password").FillAsync(DemoAccounts.Password);
        await page.Locator("form:has(#password) button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync(portal.Url("/"));
    }

    [GeneratedRegex("/Knowledge/KB[0-9]{7}$")]
    private static partial Regex KnowledgeArticle();

    [GeneratedRegex("/Account/Login")]
    private static partial Regex LoginPage();
}
