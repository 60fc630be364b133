using Microsoft.Playwright;
using Portal.Browser.Tests.Support;
using Portal.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>
/// SVC-1 (guide 4.10) in the browser: customer A opens サービス設定情報 from its home tile, sees its two linked customer
/// numbers and opens one's service settings. Shot at 1366 px and 390 px (the list stacks into cards), in Japanese and
/// English; axe-core on every page (UI-5).
/// </summary>
[Trait("Req", "SVC-1")]
[Trait("Req", "UI-5")]
public sealed class ServiceSettingsTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public async Task A_customer_opens_its_service_settings_from_the_home_tile(string language)
    {
        var portal = Serve(new PortalServer());
        var ja = language == "ja";
        var page = await NewPageAsync();
        var errors = await PageErrors.RecordAsync(page);
        await Visit.SignInAsync(page, portal, DemoAccounts.CustomerA, language);

        await page.Locator(".customer-menu a[href='/Services']").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = ja ? "サービス設定情報" : "Service settings" })).ToBeVisibleAsync();
        await Expect(page.Locator(".contract-list tbody tr")).ToHaveCountAsync(2);
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = DemoAccounts.AccountA2 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(ja ? "1~2 件目 / 2 件" : "1–2 of 2");
        await Visit.ShootAsync(page, $"services-{language}");

        await page.GetByRole(AriaRole.Link, new() { Name = "本店" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(portal.Url($"/Services/{DemoAccounts.AccountA1}"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = ja ? "お客様サービス利用情報" : "Service usage information" })).ToBeVisibleAsync();
        await Expect(page.Locator(".contract-notice")).ToContainTextAsync(ja ? "申込書によるお申込みが必要" : "requires an application form");
        await Expect(page.Locator(".contract-usage")).ToContainTextAsync("500");
        await Expect(page.Locator(".contract-falcon")).ToContainTextAsync("SAMPLEBANK-HQ");
        await Visit.ShootAsync(page, $"service-{language}");

        // WR-1: the change is applied for with the configured request type, for this customer number.
        await page.GetByRole(AriaRole.Link, new() { Name = ja ? "作業依頼で申し込む" : "Apply with a work request" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = ja ? "01.お客様情報変更" : "01. Change of customer details" })).ToBeVisibleAsync();
        await Expect(page.Locator("#request-account option:checked")).ToContainTextAsync(DemoAccounts.AccountA1);
        Assert.Empty(errors);
    }


}
