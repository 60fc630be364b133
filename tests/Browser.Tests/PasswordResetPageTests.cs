using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Application.Common.Mail;
using Portal.Browser.Tests.Support;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Jobs;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>
/// AUTH-4 in a real browser, through the "forgot password" steps to the mailed link, and the AUTH-3 live
/// checklist of the reset page (scripts only from the portal, under its strict CSP).
/// </summary>
public sealed partial class PasswordResetPageTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    private const string NewPassword = "Kx7#pL2m!Vq9";
    private static readonly Regex Met = MetClass();

    [Fact, Trait("Req", "AUTH-3"), Trait("Req", "AUTH-4")]
    public async Task The_reset_page_ticks_each_rule_as_the_user_types_and_the_new_password_signs_in()
    {
        var page = await NewPageAsync();
        var portal = Serve(new PortalServer());
        var errors = await PageErrors.RecordAsync(page);
        await RequestResetAsync(page, portal);
        await page.GotoAsync(portal.Url(await MailedLinkAsync(portal)));
        ILocator Rule(string rule) => page.Locator($"li[data-rule='{rule}']");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "パスワードのリセット" })).ToBeVisibleAsync();
        await Expect(Rule("Lowercase")).Not.ToHaveClassAsync(Met);
        await page.Locator("#new-password").PressSequentiallyAsync("Kx7");

        foreach (var met in new[] { "Lowercase", "Uppercase", "Digit", "AllowedCharacters" })
            await Expect(Rule(met)).ToHaveClassAsync(Met);
        foreach (var unmet in new[] { "MinLength", "Symbol", "Strong", "Match" })
            await Expect(Rule(unmet)).Not.ToHaveClassAsync(Met);
        await Screenshots.TakeAsync(page, "reset-ja.png");

        await page.Locator("#new-password").PressSequentiallyAsync(NewPassword[3..]);
        await page.Locator("#confirm-password").FillAsync(NewPassword);
        await Expect(page.Locator("li[data-rule]:not(.is-met)")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-strength-label]")).Not.ToBeEmptyAsync();
        await page.Locator("#new-password").PressSequentiallyAsync("^");
        await Expect(Rule("AllowedCharacters")).Not.ToHaveClassAsync(Met);
        await Expect(Rule("Match")).Not.ToHaveClassAsync(Met);
        await page.Locator("#new-password").PressAsync("Backspace");

        await page.GetByRole(AriaRole.Button, new() { Name = "パスワードのリセット" }).ClickAsync();
        await Expect(page.GetByText("パスワードをリセットしました。")).ToBeVisibleAsync();
        await page.GetByLabel("ユーザーID").FillAsync(DemoAccounts.CustomerA);
        await page.GetByLabel("パスワード", new() { Exact = true }).FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "ログイン", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(portal.Url("/"));
        Assert.Empty(errors);
    }

    /// <summary>Guide 4.4 (1)–(4): the link on the login page, the user ID, the registered e-mail, the "mail sent" page.</summary>
    private static async Task RequestResetAsync(IPage page, PortalServer portal)
    {
        await page.GotoAsync(portal.Url("/Account/Login"));
        await page.GetByRole(AriaRole.Link, new() { Name = "パスワードを忘れた場合" }).ClickAsync();
        await page.GetByLabel("ユーザーID").FillAsync(DemoAccounts.CustomerA);
        await page.GetByRole(AriaRole.Button, new() { Name = "次へ" }).ClickAsync();
        await page.GetByLabel("メール").FillAsync("user.a@example.com");
        await page.GetByRole(AriaRole.Button, new() { Name = "次へ" }).ClickAsync();
        await Expect(page.GetByText("パスワードのリセット手順が記載されたメールが送信されました")).ToBeVisibleAsync();
    }

    /// <summary>The path and query of the reset link in the mail waiting in the outbox (tests run no job server).</summary>
    private static async Task<string> MailedLinkAsync(PortalServer portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        var payload = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().OutboxMessages
            .Where(m => m.Type == OutboxProcessor.MailType).Select(m => m.Payload).SingleAsync(TestContext.Current.CancellationToken);
        return Link().Match(JsonSerializer.Deserialize<MailEnvelope>(payload)!.TextBody).Value;
    }

    [GeneratedRegex(@"/Account/Reset\?user=[0-9a-f-]{36}&token=[^\s]+")]
    private static partial Regex Link();

    [GeneratedRegex(@"\bis-met\b")]
    private static partial Regex MetClass();
}
