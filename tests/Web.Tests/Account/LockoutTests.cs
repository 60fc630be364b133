using System.Net;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Account;

/// <summary>
/// AUTH-2: an attacker cannot tell a wrong password, an unknown user ID and a locked account apart.
/// Each test locks an account, so each has a portal of its own.
/// </summary>
[Trait("Req", "AUTH-2")]
public sealed class LockoutTests
{
    private const string Typed = "{typed user ID}";

    [Fact]
    public async Task Wrong_password_unknown_user_and_locked_account_get_the_same_page()
    {
        await using var web = new PortalWebFactory();
        var unknown = await RefusalAsync(web, "nobody@example.com.fm", DemoAccounts.Password);
        List<string> wrongPasswords = [];
        for (var attempt = 1; attempt <= 5; attempt++)
            wrongPasswords.Add(await RefusalAsync(web, DemoAccounts.CustomerA, $"Wrong-Password-{attempt}!"));

        var lockedWithRightPassword = await RefusalAsync(web, DemoAccounts.CustomerA, DemoAccounts.Password);

        Assert.Contains("ユーザーIDまたはパスワードが正しくありません。", unknown, StringComparison.Ordinal);
        Assert.All(wrongPasswords, page => Assert.Equal(unknown, page));
        Assert.Equal(unknown, lockedWithRightPassword);
    }

    [Fact]
    public async Task Other_users_can_still_sign_in_while_one_is_locked()
    {
        await using var web = new PortalWebFactory();
        for (var attempt = 1; attempt <= 5; attempt++)
            await RefusalAsync(web, DemoAccounts.CustomerA, $"Wrong-Password-{attempt}!");

        var other = await web.LoggedInAs(DemoAccounts.AdminA);

        Assert.Contains("佐藤 太郎", await other.GetPageAsync("/"), StringComparison.Ordinal);
    }

    /// <summary>A fresh visitor's refused login page, with the per-response token and the echoed user ID blanked.</summary>
    private static async Task<string> RefusalAsync(PortalWebFactory web, string userId, string password)
    {
        var client = web.CreateBrowser();
        using var response = await client.LogInAsync(userId, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("portal.auth", StringComparison.Ordinal)));
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return Browsing.WithoutTokens(html).Replace($"value=\"{userId}\"", $"value=\"{Typed}\"", StringComparison.Ordinal);
    }
}
