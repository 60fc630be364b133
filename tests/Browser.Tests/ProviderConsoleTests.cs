using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Browser.Tests.Support;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>
/// AGT-3 (開通) end to end in the browser, over real SMTP: the provider admin onboards a company with two customer
/// numbers and its first admin; that admin follows the activation mail, sets a password, signs in and creates a
/// user of its own, who activates and signs in too. Every page is checked by axe-core and shot at 1366 px and
/// 390 px, in Japanese and in English (UI-5).
/// </summary>
[Trait("Req", "AGT-3")]
[Trait("Req", "AUTH-4")]
[Trait("Req", "UI-5")]
public sealed partial class ProviderConsoleTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    private const string NewPassword = "Kx7#pL2m!Vq9";

    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public async Task The_provider_onboards_a_company_whose_admin_activates_and_creates_a_user_who_activates_too(string language)
    {
        using var mailbox = new Mailbox();
        var portal = Serve(new PortalServer(mailbox));
        var ja = language == "ja";
        var tag = ja ? "1" : "2";
        var adminEmail = $"first.admin{tag}@onboard.example.com";
        var userEmail = $"first.user{tag}@onboard.example.com";
        var page = await NewPageAsync();
        var errors = await PageErrors.RecordAsync(page);
        await Visit.SignInAsync(page, portal, DemoAccounts.ProviderAdmin, language);

        await page.GotoAsync(portal.Url("/Account"));
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(ja ? "^お客様企業 " : "^Customer companies ") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = ja ? "お客様企業" : "Customer companies" })).ToBeVisibleAsync();
        await Visit.ShootAsync(page, $"companies-{language}");

        await page.GetByRole(AriaRole.Link, new() { Name = ja ? "開通" : "Onboard", Exact = true }).ClickAsync();
        await page.Locator("#Input_Name").FillAsync(ja ? $"開通テスト株式会社{tag}" : $"Onboarding Test Ltd {tag}");
        await FillAccountAsync(page, 0, $"K90000000{tag}", $"{tag}A".PadRight(32, 'A'));
        await page.GetByRole(AriaRole.Button, new() { Name = ja ? "お客様番号を追加" : "Add a customer number" }).ClickAsync();
        await FillAccountAsync(page, 1, $"K90000001{tag}", $"{tag}B".PadRight(32, 'B'));
        await page.Locator("#Input_Admin_LastName").FillAsync(ja ? "開通" : "Onboard");
        await page.Locator("#Input_Admin_Email").PressSequentiallyAsync(adminEmail);
        await Expect(page.Locator("#Input_Admin_UserId")).ToHaveValueAsync(adminEmail + ".fm");
        await page.Locator("#Input_Admin_Language").SelectOptionAsync(ja ? "Japanese" : "English");
        await Visit.ShootAsync(page, $"onboard-{language}");
        await page.GetByRole(AriaRole.Button, new() { Name = ja ? "開通" : "Onboard", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(CompanyPage(), new() { Timeout = 30_000 }); // the first mail also starts the outbox
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(ja ? "開通しました。" : "The company was onboarded");
        await Expect(page.Locator(".company-accounts")).ToContainTextAsync($"K90000001{tag}");
        await Visit.ShootAsync(page, $"company-{language}");

        // The first admin: the activation mail, a password of its own, and its company's user management.
        var adminPage = await NewPageAsync();
        await ActivateAsync(adminPage, portal, mailbox, adminEmail, language);
        await adminPage.GotoAsync(portal.Url("/Account/Users"));
        await adminPage.GetByRole(AriaRole.Link, new() { Name = ja ? "連絡先作成" : "Create contact" }).ClickAsync();
        await adminPage.Locator("#Input_LastName").FillAsync(ja ? "利用者" : "User");
        await adminPage.Locator("#Input_Email").PressSequentiallyAsync(userEmail);
        await adminPage.Locator("#Input_Language").SelectOptionAsync(ja ? "Japanese" : "English");
        await adminPage.Locator($"#account-K90000001{tag}").CheckAsync();
        await adminPage.GetByRole(AriaRole.Button, new() { Name = ja ? "送信" : "Submit", Exact = true }).ClickAsync();
        await Expect(adminPage).ToHaveURLAsync(ContactPage());

        var userPage = await NewPageAsync();
        await ActivateAsync(userPage, portal, mailbox, userEmail, language);
        await Expect(userPage.GetByRole(AriaRole.Link, new() { Name = ja ? "アカウント管理" : "Account" }).First).ToBeAttachedAsync();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_provider_adds_an_agent_and_changes_its_role()
    {
        using var mailbox = new Mailbox();
        var portal = Serve(new PortalServer(mailbox));
        var page = await NewPageAsync();
        await Visit.SignInAsync(page, portal, DemoAccounts.ProviderAdmin, "ja");

        await page.GotoAsync(portal.Url("/Account"));
        await page.GetByRole(AriaRole.Link, new() { Name = "SAC 担当者" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = DemoAccounts.Agent })).ToBeVisibleAsync();
        await Visit.ShootAsync(page, "agents-ja");
        await page.GetByRole(AriaRole.Link, new() { Name = "担当者を追加" }).ClickAsync();
        await page.Locator("#Input_LastName").FillAsync("新任");
        await page.Locator("#Input_Email").PressSequentiallyAsync("new.agent@sac.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "送信", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("担当者を追加しました。", new() { Timeout = 30_000 });
        await Expect(page.Locator(".staff-role")).ToHaveTextAsync("SAC 担当者");

        await page.Locator("#role").SelectOptionAsync("ProviderAdmin");
        await page.GetByRole(AriaRole.Button, new() { Name = "権限を変更" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("権限を変更しました。");
        await Expect(page.Locator(".staff-role")).ToHaveTextAsync("プロバイダー管理者");
        await Visit.ShootAsync(page, "agent-ja");
    }

    private static async Task FillAccountAsync(IPage page, int row, string number, string cid)
    {
        var at = $"#Input_Accounts_{row}__";
        await page.Locator(at + "Number").FillAsync(number);
        await page.Locator(at + "ServiceId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator(at + "StartDate").FillAsync("2026-12-01");
        await page.Locator(at + "LicenceType").FillAsync("Falcon for Mobile");
        await page.Locator(at + "ContractedIds").FillAsync("250");
        await page.Locator(at + "CrowdStrikeCustomerName").FillAsync("Onboard Test");
        await page.Locator(at + "CrowdStrikeCid").FillAsync(cid);
    }

    /// <summary>AUTH-4 (guide 5.2): the activation mail's link, the registered e-mail, the reset mail, a new password, the first sign-in.</summary>
    private static async Task ActivateAsync(IPage page, PortalServer portal, Mailbox mailbox, string email, string language)
    {
        var ja = language == "ja";
        var before = mailbox.Count;
        await mailbox.DeliverAsync(portal, before + 1);
        var activation = Assert.Single(mailbox.To(email));
        await page.GotoAsync(portal.Url(Link(ActivationLink(), activation.TextBody)));
        await page.GetByRole(AriaRole.Button, new() { Name = ja ? "次へ" : "Next" }).ClickAsync();
        await page.Locator("#email").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = ja ? "次へ" : "Next" }).ClickAsync();
        await Expect(page.GetByText(ja ? "パスワードのリセット手順が記載されたメールが送信されました" : "An e-mail with the steps to reset your password has been sent"))
            .ToBeVisibleAsync();
        await mailbox.DeliverAsync(portal, mailbox.Count + 1);
        var reset = mailbox.To(email).LastOrDefault(m => m.TextBody?.Contains("/Account/Reset?", StringComparison.Ordinal) == true)
            ?? throw new InvalidOperationException("No reset mail: " + string.Join(" | ", mailbox.Messages.Select(m => $"{m.To} {m.Subject}")));
        await page.GotoAsync(portal.Url(Link(ResetLink(), reset.TextBody)));
        await page.Locator("#new-password").FillAsync(NewPassword);
        await page.Locator("#confirm-password").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = ja ? "パスワードのリセット" : "Reset password" }).ClickAsync();
        await page.Locator("#user-id").FillAsync(email + ".fm");
        await page.Locator("#password").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = ja ? "ログイン" : "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(portal.Url("/"));
    }

    /// <summary>The path and query of the mailed link (mails name the configured public address, not this test's port).</summary>
    private static string Link(Regex pattern, string? body) =>
        pattern.Match(body ?? string.Empty) is { Success: true } match
            ? new Uri(match.Value).PathAndQuery
            : throw new InvalidOperationException($"No link in: {body}");



    [GeneratedRegex(@"https?://[^\s]+/Account/Forgot\?userId=[^\s]+")]
    private static partial Regex ActivationLink();

    [GeneratedRegex(@"https?://[^\s]+/Account/Reset\?user=[0-9a-f-]{36}&token=[^\s]+")]
    private static partial Regex ResetLink();

    [GeneratedRegex("/Provider/Companies/[0-9a-f-]{36}$")]
    private static partial Regex CompanyPage();

    [GeneratedRegex("/Account/Users/[0-9a-f-]{36}$")]
    private static partial Regex ContactPage();
}
