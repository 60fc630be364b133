using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Browser.Tests.Support;
using Portal.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>
/// WR-1, WR-2, AGT-2 (guide 4.7) in the browser: a customer admin picks a request type from the catalog, fills its
/// form with a file and sends it (the confirmation closes with ×); an agent finds it in the review queue, accepts
/// it, and the resulting 作業依頼 case links back to it. Japanese at 1366 px and English at 390 px, each page shot at
/// both widths; axe-core on every page (UI-5).
/// </summary>
[Trait("Req", "WR-1")]
[Trait("Req", "WR-2")]
[Trait("Req", "AGT-2")]
[Trait("Req", "UI-5")]
public sealed partial class WorkRequestTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    [Theory]
    [InlineData(Wide, "ja")]
    [InlineData(Phone, "en")]
    public async Task A_request_with_a_file_is_sent_and_an_agent_accepts_it_into_a_linked_case(int width, string language)
    {
        var portal = Serve(new PortalServer());
        var ja = language == "ja";
        var customer = await NewPageAsync(width, width == Phone ? 844 : 900);
        var errors = await PageErrors.RecordAsync(customer);
        await Visit.SignInAsync(customer, portal, DemoAccounts.AdminA, language);

        await customer.Locator(".customer-menu a[href='/WorkRequests']").ClickAsync();
        await Expect(customer.GetByRole(AriaRole.Heading, new() { Name = ja ? "作業依頼" : "Work requests", Exact = true })).ToBeVisibleAsync();
        await Visit.ShootAsync(customer, $"work-requests-{language}");
        await customer.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(ja ? "03\\.ポリシー設定変更" : "03\\. Policy setting change") }).ClickAsync();

        await customer.Locator("#request-account").SelectOptionAsync(new SelectOptionValue { Label = DemoAccounts.AccountA3 + " 福岡支店" });
        await customer.Locator("#field-policy").FillAsync("USB");
        await customer.Locator("#field-detail").FillAsync(ja ? "USB ストレージを禁止にしてください。" : "Please block USB storage.");
        await customer.Locator("#field-sheet").SetInputFilesAsync(new FilePayload
        {
            Name = "policy-sheet.csv",
            MimeType = "text/csv",
            Buffer = "policy,value\nusb,block\n"u8.ToArray(),
        });
        await Visit.ShootAsync(customer, $"work-request-form-{language}");
        await customer.GetByRole(AriaRole.Button, new() { Name = ja ? "送信" : "Submit", Exact = true }).ClickAsync();

        await Expect(customer.Locator(".done-notice")).ToContainTextAsync(ja ? "作業依頼を送信しました。" : "Your work request was sent.", new() { Timeout = 30_000 });
        await Expect(customer.Locator(".request-status")).ToHaveTextAsync(ja ? "確認中" : "Under review");
        await Expect(customer.Locator(".request-files")).ToContainTextAsync("policy-sheet.csv");
        await Visit.ShootAsync(customer, $"work-request-sent-{language}");
        await customer.GetByRole(AriaRole.Button, new() { Name = ja ? "メッセージを閉じる" : "Close the message" }).ClickAsync();
        await Expect(customer.Locator(".done-notice")).ToHaveCountAsync(0);
        var number = RequestNumber().Match(customer.Url).Value;

        var agent = await NewPageAsync(width, width == Phone ? 844 : 900);
        await Visit.SignInAsync(agent, portal, DemoAccounts.Agent, language);
        await agent.GotoAsync(portal.Url("/WorkRequests?status=Submitted"));
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = ja ? "作業依頼の確認" : "Work requests to review" })).ToBeVisibleAsync();
        await Visit.ShootAsync(agent, $"work-request-queue-{language}");
        await agent.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).ClickAsync();
        await agent.GetByRole(AriaRole.Button, new() { Name = ja ? "受理してケースを起票" : "Accept and open a case" }).ClickAsync();
        await Expect(agent.Locator(".done-notice")).ToContainTextAsync(ja ? "作業依頼を受理し" : "The request was accepted");
        await agent.Locator(".request-case").ClickAsync();

        await Expect(agent.Locator(".case-fields")).ToContainTextAsync(ja ? "作業依頼" : "Work request");
        await Expect(agent.Locator(".case-work-request")).ToHaveTextAsync(number);
        await Visit.ShootAsync(agent, $"work-request-case-{language}");
        await customer.ReloadAsync();
        await Expect(customer.Locator(".request-status")).ToHaveTextAsync(ja ? "受理" : "Accepted");
        Assert.Empty(errors);
    }

    [GeneratedRegex("WR[0-9]{7}")]
    private static partial Regex RequestNumber();
}
