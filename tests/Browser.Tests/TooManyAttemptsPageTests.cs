using Microsoft.Playwright;
using Portal.Browser.Tests.Support;
using Portal.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>
/// AUTH-10, UI-5: the "too many attempts" page a refused sign-in lands on, in both languages on a wide and a
/// phone-sized window, with no serious accessibility violation.
/// </summary>
[Trait("Req", "AUTH-10")]
[Trait("Req", "UI-5")]
public sealed class TooManyAttemptsPageTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task A_refused_sign_in_shows_the_localized_page_with_the_way_back()
    {
        // One sign-in per minute from an address: the second attempt is refused, whoever it is for.
        var portal = Serve(new PortalServer(settings: new Dictionary<string, string>
        {
            ["RateLimits:SignIn:PerIp"] = "1",
            ["RateLimits:SignIn:PerIpWindowSeconds"] = "3600",
        }));
        var first = await NewPageAsync();
        await SignInAsync(first, portal, "wrong-password-1");

        foreach (var (width, language, title, back) in new[]
        {
            (1366, "ja", "試行回数が多すぎます", "ログイン画面に戻る"),
            (390, "ja", "試行回数が多すぎます", "ログイン画面に戻る"),
            (1366, "en", "Too many attempts", "Back to sign-in"),
            (390, "en", "Too many attempts", "Back to sign-in"),
        })
        {
            var page = await NewPageAsync(width);
            var errors = await PageErrors.RecordAsync(page);
            await page.GotoAsync(portal.Url("/Account/Login"));
            if (language == "en")
                await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

            var response = await SignInAsync(page, portal, "wrong-password-2");

            Assert.Equal(429, response.Status);
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Status)).Not.ToBeEmptyAsync();
            await CheckAccessibilityAsync(page, "refused");
            await Screenshots.TakeAsync(page, $"too-many-attempts-{language}-{width}.png");
            await page.GetByRole(AriaRole.Link, new() { Name = back }).ClickAsync();
            await Expect(page).ToHaveURLAsync(portal.Url("/Account/Login"));
            // The refused post itself is the one failed load the browser reports; anything else is an error of the page.
            Assert.DoesNotContain(errors, e => !e.Contains("status of 429", StringComparison.Ordinal));
        }
    }

    private static async Task<IResponse> SignInAsync(IPage page, PortalServer portal, string password)
    {
        if (!page.Url.Contains("/Account/Login", StringComparison.Ordinal))
            await page.GotoAsync(portal.Url("/Account/Login"));
        await page.Locator("#user-id").FillAsync(DemoAccounts.CustomerA);
        await page.Locator("#password").FillAsync(password);
        return await page.RunAndWaitForResponseAsync(() => page.Locator("#password").PressAsync("Enter"),
            r => r.Request.Method == "POST" && r.Url.Contains("/Account/Login", StringComparison.Ordinal));
    }
}
