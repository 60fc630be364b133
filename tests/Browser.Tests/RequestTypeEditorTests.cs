using Microsoft.Playwright;
using Portal.Browser.Tests.Support;
using Portal.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>
/// WR-1 in the browser: the provider admin opens the catalog of request types from 作業依頼, opens a type's editor,
/// adds a field row and saves; the list says so. Japanese and English, each page shot at 1366 px and 390 px;
/// axe-core on every page (UI-5).
/// </summary>
[Trait("Req", "WR-1")]
[Trait("Req", "UI-5")]
public sealed class RequestTypeEditorTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public async Task The_provider_admin_adds_a_field_to_a_request_type(string language)
    {
        var portal = Serve(new PortalServer());
        var ja = language == "ja";
        var page = await NewPageAsync();
        var errors = await PageErrors.RecordAsync(page);
        await Visit.SignInAsync(page, portal, DemoAccounts.ProviderAdmin, language);

        await page.GotoAsync(portal.Url("/WorkRequests"));
        await page.GetByRole(AriaRole.Link, new() { Name = ja ? "作業依頼の種別" : "Work request types" }).ClickAsync();
        await Expect(page.Locator(".request-type-list tbody tr")).ToHaveCountAsync(5);
        await Visit.ShootAsync(page, $"request-types-{language}");

        await page.GetByRole(AriaRole.Link, new() { Name = ja ? "02.端末ライセンス追加" : "02. Additional device licences" }).ClickAsync();
        await Expect(page.Locator(".request-type-field")).ToHaveCountAsync(3);
        await page.GetByRole(AriaRole.Button, new() { Name = ja ? "項目を追加" : "Add a field" }).ClickAsync();
        await Expect(page.Locator(".request-type-field")).ToHaveCountAsync(4);
        await page.Locator("#field3-name").FillAsync("approver");
        await page.Locator("#field3-labelja").FillAsync("承認者");
        await page.Locator("#field3-labelen").FillAsync("Approver");
        await Visit.ShootAsync(page, $"request-type-edit-{language}");
        await page.GetByRole(AriaRole.Button, new() { Name = ja ? "保存" : "Save", Exact = true }).ClickAsync();

        await Expect(page.Locator(".done-notice")).ToContainTextAsync(ja ? "作業依頼の種別を保存しました。" : "The request type was saved.");
        await Expect(page.Locator(".request-type-list")).ToContainTextAsync("4");
        Assert.Empty(errors);
    }
}
