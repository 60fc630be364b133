using System.Diagnostics;
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

    [Fact]
    public async Task Locked_account_is_refused_as_slowly_as_an_unknown_user_ID()
    {
        await using var web = new PortalWebFactory();
        var client = web.CreateBrowser();
        for (var attempt = 1; attempt <= 5; attempt++)
            await TimedLoginAsync(client, DemoAccounts.CustomerA, $"Wrong-Password-{attempt}!");

        List<double> unknown = [], locked = [];
        for (var round = 1; round <= 7; round++) // interleaved: a busy machine slows both alike
        {
            unknown.Add(await TimedLoginAsync(client, $"nobody{round}@example.com.fm", "Wrong-Password-0!"));
            locked.Add(await TimedLoginAsync(client, DemoAccounts.CustomerA, "Wrong-Password-0!"));
        }

        Assert.True(Median(locked) >= Median(unknown) / 2,
            $"A locked account is refused in {Median(locked)} ms, an unknown user ID in {Median(unknown)} ms: " +
            "the quick answer tells an attacker that the user ID exists and is locked " +
            "(Identity's SignInManager refuses a locked user before hashing the password).");
    }

    /// <summary>How long the server takes to answer one login attempt, in milliseconds.</summary>
    private static async Task<double> TimedLoginAsync(HttpClient client, string userId, string password)
    {
        using var form = await client.FillInAsync("/Account/Login",
            new Dictionary<string, string> { ["UserId"] = userId, ["Password"] = password });
        var started = Stopwatch.GetTimestamp();
        using var response = await client.PostAsync("/Account/Login", form, TestContext.Current.CancellationToken);
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static int Median(List<double> values) => (int)values.Order().ElementAt(values.Count / 2);

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
