using Microsoft.Playwright;
using Portal.Browser.Tests.Support;
using Portal.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>
/// API-1 in the browser: the customer opens an alert case from the Alerts view, reads the detection's panel (severity
/// badge, device, user, tactic and technique, detected at, the Falcon console link) and answers it with one click,
/// which appears as the customer's comment while the answer buttons give way to the answer given. Japanese at
/// 1366 px and English at 390 px, each page shot at both widths; axe-core on every page (UI-5).
/// </summary>
[Trait("Req", "API-1")]
[Trait("Req", "UI-5")]
public sealed class AlertCaseTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    private const string Subject = "High severity detection: malicious app installed";

    [Theory]
    [InlineData(Wide, "ja")]
    [InlineData(Phone, "en")]
    public async Task The_customer_reads_the_alert_panel_and_answers_the_alert_with_one_click(int width, string language)
    {
        var portal = Serve(new PortalServer());
        var ja = language == "ja";
        var page = await NewPageAsync(width, width == Phone ? 844 : 900);
        var errors = await PageErrors.RecordAsync(page);
        await Visit.SignInAsync(page, portal, DemoAccounts.CustomerA, language);

        await page.GotoAsync(portal.Url("/Cases?view=Alerts"));
        await page.GetByRole(AriaRole.Link, new() { Name = Subject }).First.ClickAsync();

        var panel = page.Locator(".alert-panel");
        await Expect(panel.GetByRole(AriaRole.Heading, new() { Name = ja ? "検知内容" : "Detection" })).ToBeVisibleAsync();
        await Expect(panel.Locator(".alert-severity")).ToHaveTextAsync(ja ? "重要度: 高" : "Severity: High");
        await Expect(panel.Locator(".alert-detect-name")).ToHaveTextAsync("MaliciousAppInstalled");
        await Expect(panel.Locator(".alert-device")).ToHaveTextAsync("iPhone-HQ-0042");
        await Expect(panel.Locator(".alert-user")).ToHaveTextAsync("yamada.hanako");
        await Expect(panel.Locator(".alert-tactic")).ToHaveTextAsync("Persistence");
        await Expect(panel.Locator(".alert-technique")).ToHaveTextAsync("Compromise Application Executable");
        var link = panel.GetByRole(AriaRole.Link, new() { Name = ja ? "Falcon コンソールで検知を開く" : "Open the detection in the Falcon console" });
        await Expect(link).ToHaveAttributeAsync("href", "https://falcon.crowdstrike.com/mobile/detections/ldt:demo:0001");
        await Expect(link).ToHaveAttributeAsync("target", "_blank");
        await Visit.ShootAsync(page, $"alert-case-{language}");

        await page.SetViewportSizeAsync(width, width == Phone ? 844 : 900);
        await page.GetByLabel(ja ? "補足（任意）" : "Note (optional)").FillAsync(ja ? "心当たりのないアプリです。" : "Nobody here installed this app.");
        await panel.GetByRole(AriaRole.Button, new() { Name = ja ? "想定外・調査を依頼" : "Unexpected, please investigate" }).ClickAsync();

        await Expect(page.Locator(".case-done")).ToHaveTextAsync(ja ? "アラートへの回答を送信しました。" : "Your answer to the alert was sent.");
        await Expect(panel.Locator(".alert-answered")).ToContainTextAsync(ja ? "「想定外・調査を依頼」と回答済みです。" : "Answered “Unexpected, please investigate” on");
        await Expect(panel.GetByRole(AriaRole.Button, new() { Name = ja ? "想定内" : "Expected", Exact = true })).ToHaveCountAsync(0);
        var comment = page.Locator(".comment-body").First;
        await Expect(comment).ToContainTextAsync(ja ? "アラートへの回答: 想定外・調査を依頼" : "Answer to the alert: unexpected, please investigate");
        await Expect(comment).ToContainTextAsync(ja ? "心当たりのないアプリです。" : "Nobody here installed this app.");
        await Visit.ShootAsync(page, $"alert-case-answered-{language}");
        Assert.Empty(errors);
    }
}
