using Microsoft.Playwright;
using Portal.Browser.Tests.Support;
using Portal.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>
/// KB-1..4 (guide 4.9) in the browser: a customer opens ナレッジ from its home tile, searches, reads an article and
/// downloads a document from its title; an agent writes an article with the rich-text editor and publishes it, and a
/// customer then reads it. Shot at 1366 px and 390 px (with the ≡ menu open), in Japanese and English; axe-core on
/// every page (UI-5).
/// </summary>
[Trait("Req", "KB-1")]
[Trait("Req", "UI-5")]
public sealed class KnowledgeTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public async Task A_customer_browses_searches_reads_an_article_and_downloads_a_document(string language)
    {
        var portal = Serve(new PortalServer());
        var ja = language == "ja";
        var page = await NewPageAsync();
        var errors = await PageErrors.RecordAsync(page);
        await Visit.SignInAsync(page, portal, DemoAccounts.CustomerA, language);

        await page.Locator(".customer-menu a[href='/Knowledge']").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = ja ? "ナレッジへようこそ" : "Welcome to Knowledge" })).ToBeVisibleAsync();
        await Expect(page.Locator(".knowledge-totals")).ToHaveTextAsync(ja ? "4件のナレッジベース 7件の記事" : "4 knowledge bases, 7 articles");
        await Visit.ShootAsync(page, $"knowledge-{language}");
        await page.SetViewportSizeAsync(Phone, 844);
        await page.Locator("button.navbar-toggler").ClickAsync();
        await Expect(page.Locator(".navbar-collapse a[href='/Knowledge']")).ToBeVisibleAsync();
        await CheckAccessibilityAsync(page, "menu open");
        await Screenshots.TakeAsync(page, $"knowledge-menu-{language}-{Phone}.png");
        await page.SetViewportSizeAsync(Wide, 900);

        // A keyword under 3 characters is refused with the reason and kept in the box.
        await page.Locator("#knowledge-q").FillAsync("端末");
        await page.Locator("#knowledge-q").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(ja ? "3 文字以上" : "at least 3 characters");
        await Expect(page.Locator("#knowledge-q")).ToHaveValueAsync("端末");

        await page.Locator("#knowledge-q").FillAsync("アラート対応表");
        await page.Locator("#knowledge-q").PressAsync("Enter");
        await Expect(page.Locator(".knowledge-results .article-line")).ToHaveCountAsync(2);
        await Visit.ShootAsync(page, $"knowledge-search-{language}");

        // KB-3 (guide 4.9 (4)): a customer document downloads from its title, with its own name.
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.Locator(".knowledge-results a[href*='/Attachments/']").ClickAsync());
        Assert.Equal("CrowdStrike_Falcon_Mobile_アラート対応表_1.01.pdf", download.SuggestedFilename);

        await page.Locator(".knowledge-results a:not([href*='/Attachments/'])").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = ja ? "CrowdStrike Falcon Mobile マネージドサービス サービス仕様書" : "CrowdStrike Falcon Mobile managed service: service specification" })).ToBeVisibleAsync();
        await Expect(page.Locator(".article-meta")).ToContainTextAsync(ja ? "閲覧数: 1" : "1 views");
        await Visit.ShootAsync(page, $"article-{language}");
        Assert.Empty(errors);
    }

    [Theory, Trait("Req", "KB-4"), Trait("Req", "AGT-2")]
    [InlineData("ja")]
    [InlineData("en")]
    public async Task An_agent_writes_and_publishes_an_article_that_a_customer_then_reads(string language)
    {
        var portal = Serve(new PortalServer());
        var ja = language == "ja";
        var page = await NewPageAsync();
        var errors = await PageErrors.RecordAsync(page);
        await Visit.SignInAsync(page, portal, DemoAccounts.Agent, language);

        await page.GotoAsync(portal.Url("/Knowledge"));
        await page.GetByRole(AriaRole.Link, new() { Name = ja ? "新しい記事" : "New article" }).ClickAsync();
        await page.Locator("#article-language").SelectOptionAsync("ja");
        await page.Locator("#article-title").FillAsync("紛失端末のリモートロック手順");
        var body = page.Locator(".article-editor .ql-editor").First;
        await body.ClickAsync();
        await page.Keyboard.TypeAsync("管理コンソールから端末をロックします。");
        await page.Locator("#article-translated-title").FillAsync("Locking a lost device remotely");
        await Visit.ShootAsync(page, $"article-editor-{language}");
        await page.GetByRole(AriaRole.Button, new() { Name = ja ? "下書きとして保存" : "Save as draft" }).ClickAsync();
        await Expect(page.Locator(".done-notice")).ToContainTextAsync(ja ? "下書きを作成しました。" : "The draft was created.");
        await page.GetByRole(AriaRole.Button, new() { Name = ja ? "公開する" : "Publish" }).ClickAsync();
        await Expect(page.Locator(".done-notice")).ToContainTextAsync(ja ? "記事を公開しました。" : "The article was published.");
        var number = page.Url[(page.Url.LastIndexOf('/') + 1)..];

        await page.Context.ClearCookiesAsync();
        await Visit.SignInAsync(page, portal, DemoAccounts.CustomerA, language);
        await page.GotoAsync(portal.Url($"/Knowledge/{number}"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = ja ? "紛失端末のリモートロック手順" : "Locking a lost device remotely" })).ToBeVisibleAsync();
        if (ja)
            await Expect(page.Locator(".article-body")).ToContainTextAsync("管理コンソールから端末をロックします。");
        await Visit.ShootAsync(page, $"article-published-{language}");
        Assert.Empty(errors);
    }
}
