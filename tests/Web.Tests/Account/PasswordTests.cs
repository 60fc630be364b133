using System.Net;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Account;

/// <summary>AUTH-7 password change through the page (guide 4.13.4). Each test has its own portal (they change passwords).</summary>
[Trait("Req", "AUTH-7")]
public sealed class PasswordTests
{
    private const string NewPassword = "Blue-Ocean-Tiger-58!";

    private static Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current, string next, string? confirm = null) =>
        client.SubmitAsync("/Account/Password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = current,
            ["NewPassword"] = next,
            ["ConfirmPassword"] = confirm ?? next,
        });

    [Fact, Trait("Req", "AUTH-6")]
    public async Task The_user_changes_the_password_stays_signed_in_and_only_the_new_password_works()
    {
        await using var web = new PortalWebFactory();
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        using var changed = await ChangeAsync(client, DemoAccounts.Password, NewPassword);

        Assert.Equal("/Account/Password?changed=True", changed.RedirectTarget());
        Assert.Contains("パスワードを変更しました。", await client.GetPageAsync(changed.RedirectTarget()), StringComparison.Ordinal);
        Assert.Contains("山田 花子", await client.GetPageAsync("/"), StringComparison.Ordinal);
        using (var old = await web.CreateBrowser().LogInAsync(DemoAccounts.CustomerA, DemoAccounts.Password))
            Assert.Equal(HttpStatusCode.OK, old.StatusCode); // refused: the form again
        using (var fresh = await web.CreateBrowser().LogInAsync(DemoAccounts.CustomerA, NewPassword))
            Assert.Equal("/", fresh.RedirectTarget());
    }

    [Fact]
    public async Task A_wrong_current_password_is_said_so_and_nothing_changes()
    {
        await using var web = new PortalWebFactory();
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        using var refused = await ChangeAsync(client, "Wrong-Password-2026!", NewPassword);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("現在のパスワードが正しくありません。", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        await web.LoggedInAs(DemoAccounts.CustomerA);
    }

    [Fact, Trait("Req", "AUTH-3")]
    public async Task A_weak_new_password_is_refused_with_each_broken_rule_in_the_users_language()
    {
        await using var web = new PortalWebFactory();
        var client = await web.LoggedInAs(DemoAccounts.CustomerB); // English

        using var refused = await ChangeAsync(client, DemoAccounts.Password, "Aaaaaaaaaaa1!", "Aaaaaaaaaaa1?");

        var page = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("The password must not repeat a character or a group of characters.", page, StringComparison.Ordinal);
        Assert.Contains("The passwords do not match.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_shows_the_checklist_and_is_for_signed_in_users_only()
    {
        await using var web = new PortalWebFactory();

        using var anonymous = await web.CreateBrowser().GetAsync("/Account/Password", TestContext.Current.CancellationToken);
        var page = await (await web.LoggedInAs(DemoAccounts.CustomerA)).GetPageAsync("/Account/Password");

        Assert.StartsWith("/Account/Login", anonymous.RedirectTarget(), StringComparison.Ordinal);
        Assert.Contains("現在のパスワード", page, StringComparison.Ordinal);
        Assert.Contains("最小 12 文字", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Password.Rule.", page, StringComparison.Ordinal); // every rule has its checklist line
        Assert.Contains("/lib/zxcvbn/zxcvbn.js", page, StringComparison.Ordinal);
    }
}
