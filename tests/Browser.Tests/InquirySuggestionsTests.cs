using Microsoft.Playwright;
using Portal.Browser.Tests.Support;
using Portal.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>
/// KB-5 in the browser: typing an inquiry's subject shows the matching articles under it, each opening in a new
/// tab so that the form stays as typed, and the live region says how many were found; under three characters
/// nothing is suggested. Japanese and English, shot at 1366 px and 390 px; axe-core with the suggestions shown (UI-5).
/// </summary>
[Trait("Req", "KB-5")]
[Trait("Req", "UI-5")]
public sealed class InquirySuggestionsTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    [Theory]
    [InlineData("ja", "ご利用ガイド", "カスタマーポータル ご利用ガイド")]
    [InlineData("en", "user guide", "Customer portal user guide")]
    public async Task Typing_the_subject_suggests_the_matching_articles_beside_the_form(string language, string subject, string title)
    {
        var portal = Serve(new PortalServer());
        var ja = language == "ja";
        var page = await NewPageAsync();
        var errors = await PageErrors.RecordAsync(page);
        await Visit.SignInAsync(page, portal, DemoAccounts.CustomerA, language);
        await page.GotoAsync(portal.Url("/Cases/New"));
        var input = page.Locator("#Input_Subject");
        var suggestions = page.Locator("#inquiry-suggestions");
        var status = suggestions.GetByRole(AriaRole.Status);

        await input.PressSequentiallyAsync(subject, new() { Delay = 40 });

        var link = suggestions.GetByRole(AriaRole.Link, new() { Name = title });
        await Expect(link).ToBeVisibleAsync();
        await Expect(link).ToHaveAttributeAsync("target", "_blank");
        await Expect(link).ToHaveAttributeAsync("rel", "noopener");
        await Expect(link).ToHaveAccessibleNameAsync(ja ? $"{title} （新しいタブで開きます）" : $"{title} (opens in a new tab)");
        await Expect(suggestions.GetByRole(AriaRole.Heading, new() { Name = ja ? "関連するナレッジ" : "Related articles" })).ToBeVisibleAsync();
        await Expect(status).ToHaveTextAsync(ja ? "関連するナレッジが 1 件見つかりました。" : "1 related article found.");
        await CheckAccessibilityAsync(page, "suggestions");
        await Visit.ShootAsync(page, $"inquiry-suggestions-{language}");

        await input.FillAsync(subject[..2]);
        await Expect(link).ToHaveCountAsync(0);
        await Expect(status).ToHaveTextAsync("");
        await Expect(input).ToHaveValueAsync(subject[..2]);
        Assert.Empty(errors);
    }
}
