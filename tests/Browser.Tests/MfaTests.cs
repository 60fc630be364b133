using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OtpNet;
using Portal.Browser.Tests.Support;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>
/// AUTH-5 in a real browser: the e-mailed code (received by a real SMTP listener) with "remember this
/// browser", an authenticator app set up from the profile by reading its manual key, and (UI-3) the
/// profile's language switch. Each test runs its own portal on the real clock and its own browser context.
/// </summary>
public sealed partial class MfaTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    private const string MfaAddress = "mfa.a@example.com";
    private const string MaskedMfaAddress = "m****@example.com";

    [Fact, Trait("Req", "AUTH-5")]
    public async Task Email_code_from_the_mail_signs_in_and_a_remembered_browser_is_not_asked_again()
    {
        var page = await NewPageAsync();
        using var mailbox = new Mailbox();
        var portal = Serve(new PortalServer(mailbox));
        var errors = await PageErrors.RecordAsync(page);

        await PasswordStepAsync(page, portal.Url("/Account/Login"), DemoAccounts.MfaCustomerA);

        await Expect(page).ToHaveURLAsync(MfaPage());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "本人確認を行う" })).ToBeVisibleAsync();
        // AUTH-5: e-mail is this user's only method, so there is no choice to make: the code is sent at once.
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"6桁の検証コードが {MaskedMfaAddress} に送信されました。");
        var resend = page.GetByRole(AriaRole.Button, new() { NameRegex = ResendCountdown() });
        await Expect(resend).ToBeDisabledAsync();
        await Expect(page.GetByLabel("6桁の検証コード")).ToBeFocusedAsync();
        await Screenshots.TakeAsync(page, "mfa-code-ja.png");
        var shown = await resend.TextContentAsync();
        await Expect(resend).Not.ToHaveTextAsync(shown!); // it counts down, still disabled
        await Expect(resend).ToBeDisabledAsync();

        await mailbox.DeliverAsync(portal, 1);
        Assert.Single(mailbox.To(MfaAddress));
        var code = mailbox.LatestCodeFor(MfaAddress);
        Assert.Matches("^[0-9]{6}$", code);
        await page.GetByLabel("6桁の検証コード").FillAsync(code);
        await page.GetByLabel("今後8時間、このブラウザのMFAを試さないでください").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "検証", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(portal.Url("/"));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "ユーザーメニュー" })).ToContainTextAsync("鈴木 次郎");

        await LogOutAsync(page);
        await PasswordStepAsync(page, portal.Url("/Account/Login"), DemoAccounts.MfaCustomerA);

        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        Assert.Equal(portal.Url("/"), page.Url); // not /Account/Mfa: this browser is remembered
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "ユーザーメニュー" })).ToContainTextAsync("鈴木 次郎");
        Assert.Single(mailbox.To(MfaAddress)); // and no second code was asked for
        Assert.Empty(errors);
    }

    [Fact, Trait("Req", "AUTH-5")]
    public async Task Authenticator_app_set_up_from_the_profile_key_then_signs_in_with_the_next_code_only()
    {
        var page = await NewPageAsync();
        var portal = Serve(new PortalServer());
        var errors = await PageErrors.RecordAsync(page);
        await PasswordStepAsync(page, portal.Url("/Account/Login"), DemoAccounts.CustomerA);
        await page.WaitForURLAsync(portal.Url("/"));

        await page.GotoAsync(portal.Url("/Account/Profile"));
        var recommendation = page.GetByRole(AriaRole.Note).Filter(new() { HasText = "多要素認証が設定されていません。" });
        await Expect(recommendation).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "profile-ja.png");

        await page.GetByRole(AriaRole.Button, new() { Name = "セットアップ", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "認証アプリ用の QR コード" })).ToBeVisibleAsync();
        var key = (await page.Locator("#totp-key").TextContentAsync())!.Trim();
        Assert.Matches("^[A-Z2-7]{16,}$", key);
        await Screenshots.TakeAsync(page, "profile-totp-setup-ja.png");
        var totp = new Totp(Base32Encoding.ToBytes(key));
        var setupCode = totp.ComputeTotp(DateTime.UtcNow);
        await page.GetByLabel("6桁の検証コード").FillAsync(setupCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "検証", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("認証アプリを有効にしました。");
        await Expect(recommendation).ToBeHiddenAsync();
        await Expect(page.Locator("#totp-key")).ToBeHiddenAsync();
        await Screenshots.TakeAsync(page, "profile-totp-ja.png");

        await LogOutAsync(page);
        await PasswordStepAsync(page, portal.Url("/Account/Login"), DemoAccounts.CustomerA);
        await Expect(page).ToHaveURLAsync(MfaPage());
        // The authenticator app is this user's only method: its code is asked for without a choice page.
        await Expect(page.GetByText("認証アプリに表示されたコードを入力します")).ToBeVisibleAsync();

        // The setup code's time step is spent: the same code is refused even within its 30 s.
        await page.GetByLabel("6桁の検証コード").FillAsync(setupCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "検証", Exact = true }).ClickAsync();
        await Expect(page.GetByText("コードが正しくないか、有効期限が切れています。")).ToBeVisibleAsync();

        // The next step's code is within the ±1 step the portal allows, and newer than the spent one.
        await page.GetByLabel("6桁の検証コード").FillAsync(totp.ComputeTotp(DateTime.UtcNow.AddSeconds(30)));
        await page.GetByRole(AriaRole.Button, new() { Name = "検証", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(portal.Url("/"));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "ユーザーメニュー" })).ToContainTextAsync("山田 花子");
        Assert.Empty(errors);
    }

    [Fact, Trait("Req", "UI-3")]
    public async Task Choosing_English_in_the_profile_shows_the_portal_in_English_at_once()
    {
        var page = await NewPageAsync();
        var portal = Serve(new PortalServer());
        var errors = await PageErrors.RecordAsync(page);
        await PasswordStepAsync(page, portal.Url("/Account/Login"), DemoAccounts.CustomerA);
        await page.WaitForURLAsync(portal.Url("/"));
        await page.GotoAsync(portal.Url("/Account/Profile"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");

        await page.GetByLabel("表示言語").SelectOptionAsync(new SelectOptionValue { Label = "English" });
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your profile was saved.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "User profile" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Language", new() { Exact = true })).ToHaveValueAsync("English");
        await Expect(page.GetByRole(AriaRole.Note).Filter(new() { HasText = "Multi-factor authentication is off." })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "profile-en.png");
        Assert.Empty(errors);
    }

    private static async Task PasswordStepAsync(IPage page, string loginUrl, string userId)
    {
        await page.GotoAsync(loginUrl);
        await page.GetByLabel("ユーザーID").FillAsync(userId);
        await page.GetByLabel("パスワード").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "ログイン", Exact = true }).ClickAsync();
    }

    private static async Task LogOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "ユーザーメニュー" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "ログアウト" }).ClickAsync();
        await Expect(page.GetByText("ログアウトしました。")).ToBeVisibleAsync();
    }

    [GeneratedRegex("/Account/Mfa")]
    private static partial Regex MfaPage();

    [GeneratedRegex(@"^コードを再送信 \d+秒以内$")]
    private static partial Regex ResendCountdown();
}
