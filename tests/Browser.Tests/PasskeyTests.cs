using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Browser.Tests.Support;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>
/// AUTH-9: passkeys registered on the profile and used at the login page, with Chromium's virtual
/// authenticator (CDP WebAuthn domain) standing in for a platform authenticator or security key.
/// WebAuthn needs a domain, not an IP address, so the portal is opened as localhost.
/// </summary>
[Trait("Req", "AUTH-9")]
public sealed class PasskeyTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    private static string Local(PortalServer portal, string path) =>
        new UriBuilder(portal.Address) { Host = "localhost", Path = path }.Uri.ToString();

    private static async Task AddAuthenticatorAsync(IPage page)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("WebAuthn.enable");
        await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });
    }

    private static async Task RegisterAsync(IPage page, PortalServer portal)
    {
        await page.GotoAsync(Local(portal, "/Account/Login"));
        await page.GetByLabel("ユーザーID").FillAsync(DemoAccounts.CustomerA);
        await page.GetByLabel("パスワード").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "ログイン", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(Local(portal, "/"));
        await page.GotoAsync(Local(portal, "/Account/Profile"));
        await page.GetByLabel("パスキーの名前").FillAsync("会社のノート PC");
        await page.GetByRole(AriaRole.Button, new() { Name = "パスキーを追加" }).ClickAsync();
        await Expect(page.GetByText("パスキーを登録しました。")).ToBeVisibleAsync();
        await Expect(page.Locator("#passkey-list .passkey-name")).ToHaveTextAsync("会社のノート PC");
    }

    private static async Task LogOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "ユーザーメニュー" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "ログアウト" }).ClickAsync();
        await Expect(page.GetByText("ログアウトしました。")).ToBeVisibleAsync();
    }

    private static async Task PasskeySignInAsync(IPage page, PortalServer portal)
    {
        await page.GotoAsync(Local(portal, "/Account/Login"));
        await page.GetByRole(AriaRole.Button, new() { Name = "パスキーでログイン" }).ClickAsync();
    }

    [Fact]
    public async Task A_registered_passkey_signs_the_user_in_without_password_or_code()
    {
        var page = await NewPageAsync();
        var portal = Serve(new PortalServer());
        await AddAuthenticatorAsync(page);
        await RegisterAsync(page, portal);
        await LogOutAsync(page);

        await PasskeySignInAsync(page, portal);

        await page.WaitForURLAsync(Local(portal, "/"));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "ユーザーメニュー" })).ToContainTextAsync("山田 花子");
    }

    [Fact]
    public async Task After_the_passkey_is_removed_it_no_longer_signs_in()
    {
        var page = await NewPageAsync();
        var portal = Serve(new PortalServer());
        await AddAuthenticatorAsync(page);
        await RegisterAsync(page, portal);
        await page.GetByRole(AriaRole.Button, new() { Name = "削除" }).ClickAsync();
        await Expect(page.GetByText("パスキーを削除しました。")).ToBeVisibleAsync();
        await LogOutAsync(page);

        await PasskeySignInAsync(page, portal);

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("パスキーを使用できませんでした。");
        Assert.StartsWith(Local(portal, "/Account/Login"), page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disabled_users_passkey_is_refused()
    {
        var page = await NewPageAsync();
        var portal = Serve(new PortalServer());
        await AddAuthenticatorAsync(page);
        await RegisterAsync(page, portal);
        await LogOutAsync(page);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var contact = await db.Contacts.SingleAsync(c => c.UserId == DemoAccounts.CustomerA, TestContext.Current.CancellationToken);
            var admin = await db.Contacts.SingleAsync(c => c.UserId == DemoAccounts.AdminA, TestContext.Current.CancellationToken);
            contact.Disable(admin.Id, otherActiveAdmins: 1, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await PasskeySignInAsync(page, portal);

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("パスキーを使用できませんでした。");
        Assert.StartsWith(Local(portal, "/Account/Login"), page.Url, StringComparison.Ordinal);
    }
}
