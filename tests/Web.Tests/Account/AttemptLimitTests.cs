using System.Net;
using Microsoft.Extensions.Time.Testing;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Account;

/// <summary>
/// AUTH-10: sign-in, MFA-code and reset requests are limited per client IP and per user ID; a refused one
/// gets 429, Retry-After and the localized "too many attempts" page. Each test has its own portal and sets
/// low limits of its own; the attempts are counted, and time moves on a fake clock.
/// </summary>
[Trait("Req", "AUTH-10")]
public sealed class AttemptLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static PortalWebFactory Portal(FakeTimeProvider? clock = null, params (string Key, string Value)[] settings) =>
        new() { Clock = clock, Settings = settings.ToDictionary(s => s.Key, s => s.Value) };

    [Fact]
    public async Task The_fourth_sign_in_from_one_IP_within_a_minute_gets_the_429_page_in_Japanese_and_other_IPs_still_sign_in()
    {
        await using var web = Portal(null, ("RateLimits:SignIn:PerIp", "3"));
        var client = web.CreateBrowser("198.51.100.1");
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            using var refused = await client.LogInAsync($"nobody{attempt}@example.com.fm", DemoAccounts.Password);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode); // the form again: a wrong user ID, not a limit
        }

        using var limited = await client.LogInAsync(DemoAccounts.CustomerA, DemoAccounts.Password);
        var page = await limited.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.InRange(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Equal("ja", Browsing.HtmlLang(page));
        Assert.Contains("試行回数が多すぎます", page, StringComparison.Ordinal);
        Assert.Contains("秒後に再度お試しください。", page, StringComparison.Ordinal);
        Assert.DoesNotContain("エラーが発生しました", page, StringComparison.Ordinal);
        await client.GetPageAsync("/Account/Login"); // pages are still shown: only posting them counts
        using (var other = await web.CreateBrowser("198.51.100.2").LogInAsync(DemoAccounts.CustomerA, DemoAccounts.Password))
            Assert.Equal("/", other.RedirectTarget());
    }

    [Fact, Trait("Req", "NFR-2")]
    public async Task Two_nodes_on_one_database_share_the_limit_of_a_user_ID()
    {
        (string, string)[] limits = [("RateLimits:SignIn:PerUser", "2")];
        await using var first = Portal(null, limits);
        await using var second = new PortalWebFactory { NodeOf = first, Settings = limits.ToDictionary(s => s.Item1, s => s.Item2) };
        using (var one = await first.CreateBrowser("198.51.100.21").LogInAsync(DemoAccounts.CustomerA, "Wrong-Password-2026!"))
            Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        using (var two = await second.CreateBrowser("198.51.100.22").LogInAsync(DemoAccounts.CustomerA, "Wrong-Password-2026!"))
            Assert.Equal(HttpStatusCode.OK, two.StatusCode);

        using var third = await first.CreateBrowser("198.51.100.23").LogInAsync(DemoAccounts.CustomerA, DemoAccounts.Password);
        using var fourth = await second.CreateBrowser("198.51.100.24").LogInAsync(DemoAccounts.CustomerA, DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode); // each node has seen one attempt; the database two
        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
    }

    [Fact, Trait("Req", "UI-3")]
    public async Task The_429_page_is_in_English_for_a_visitor_who_chose_English()
    {
        await using var web = Portal(null, ("RateLimits:SignIn:PerIp", "1"));
        var client = web.CreateBrowser("198.51.100.3");
        (await client.SwitchLanguageAsync("/Account/Login", "en")).Dispose();
        (await client.LogInAsync("nobody@example.com.fm", DemoAccounts.Password)).Dispose();

        using var limited = await client.LogInAsync("nobody@example.com.fm", DemoAccounts.Password);
        var page = await limited.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("en", Browsing.HtmlLang(page));
        Assert.Contains("Too many attempts", page, StringComparison.Ordinal);
        Assert.Contains("seconds.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("試行回数", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_user_ID_is_limited_across_IPs_whatever_its_case_and_other_user_IDs_are_not()
    {
        await using var web = Portal(null, ("RateLimits:SignIn:PerUser", "2"));
        using (var first = await web.CreateBrowser("198.51.100.11").LogInAsync(DemoAccounts.CustomerA, "Wrong-Password-2026!"))
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using (var second = await web.CreateBrowser("198.51.100.12").LogInAsync(" " + DemoAccounts.CustomerA.ToUpperInvariant(), "Wrong-Password-2026!"))
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);

        using var third = await web.CreateBrowser("198.51.100.13").LogInAsync(DemoAccounts.CustomerA, DemoAccounts.Password);
        using var otherUser = await web.CreateBrowser("198.51.100.13").LogInAsync(DemoAccounts.CustomerB, DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("/", otherUser.RedirectTarget());
    }

    [Fact]
    public async Task A_limit_lifts_when_its_window_is_over()
    {
        await using var web = Portal(new FakeTimeProvider(DateTimeOffset.UtcNow), ("RateLimits:SignIn:PerIp", "1"), ("RateLimits:SignIn:PerIpWindowSeconds", "60"));
        var client = web.CreateBrowser("198.51.100.21");
        (await client.LogInAsync("nobody@example.com.fm", DemoAccounts.Password)).Dispose();
        web.Clock!.Advance(TimeSpan.FromSeconds(20));

        using var limited = await client.LogInAsync(DemoAccounts.CustomerA, DemoAccounts.Password);
        web.Clock.Advance(TimeSpan.FromSeconds(40));
        using var again = await client.LogInAsync(DemoAccounts.CustomerA, DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("40", limited.Headers.GetValues("Retry-After").Single());
        Assert.Contains("40 秒後に再度お試しください。", await limited.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal("/", again.RedirectTarget());
    }

    [Fact]
    public async Task Mfa_codes_are_limited_per_signing_in_user_whatever_the_IP()
    {
        await using var web = Portal(null, ("RateLimits:MfaCode:PerUser", "2"));
        var first = web.CreateBrowser("198.51.100.31");
        await first.PasswordStepAsync(DemoAccounts.MfaCustomerA, DemoAccounts.Password);
        using (var chosen = await first.ChooseAsync("EmailCode"))
            Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        using (var tooSoon = await first.ResendAsync())
            Assert.Equal(HttpStatusCode.OK, tooSoon.StatusCode); // counted, though the 30 seconds refuse it anyway (AUTH-5)

        var second = web.CreateBrowser("198.51.100.32");
        await second.PasswordStepAsync(DemoAccounts.MfaCustomerA, DemoAccounts.Password);
        using var limited = await second.ChooseAsync("EmailCode");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("試行回数が多すぎます", await limited.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("本人確認を行う", await second.GetPageAsync("/Account/Mfa"), StringComparison.Ordinal); // the page itself is shown
    }

    [Fact]
    public async Task Reset_requests_are_limited_per_IP_but_the_user_ID_step_is_not()
    {
        await using var web = Portal(null, ("RateLimits:PasswordReset:PerIp", "2"));
        var client = web.CreateBrowser("198.51.100.41");
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            using var sent = await client.RequestResetAsync($"nobody{attempt}@example.com.fm", "nobody@example.com");
            Assert.Equal("/Account/Forgot?handler=Sent", sent.RedirectTarget());
        }

        using var limited = await client.RequestResetAsync("nobody3@example.com.fm", "nobody@example.com"); // its first step still answers 200
        using var elsewhere = await web.CreateBrowser("198.51.100.42").RequestResetAsync("nobody3@example.com.fm", "nobody@example.com");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("試行回数が多すぎます", await limited.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal("/Account/Forgot?handler=Sent", elsewhere.RedirectTarget());
    }

    [Fact]
    public async Task Reset_requests_are_limited_per_user_ID()
    {
        await using var web = Portal(null, ("RateLimits:PasswordReset:PerUser", "1"));
        using (var sent = await web.CreateBrowser("198.51.100.51").RequestResetAsync(DemoAccounts.CustomerA, "someone@example.com"))
            Assert.Equal("/Account/Forgot?handler=Sent", sent.RedirectTarget());

        using var limited = await web.CreateBrowser("198.51.100.52").RequestResetAsync(DemoAccounts.CustomerA.ToUpperInvariant(), "someone@example.com");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
    }

    [Fact]
    public async Task Behind_a_proxy_the_forwarded_client_is_counted_not_the_proxy()
    {
        await using var web = Portal(null, ("RateLimits:SignIn:PerIp", "1"));
        var first = web.CreateBrowser("127.0.0.1");
        first.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        var other = web.CreateBrowser("127.0.0.1");
        other.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.8");

        (await first.LogInAsync("nobody@example.com.fm", DemoAccounts.Password)).Dispose();
        using var again = await first.LogInAsync("nobody@example.com.fm", DemoAccounts.Password);
        using var otherClient = await other.LogInAsync("nobody@example.com.fm", DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherClient.StatusCode);
    }
}
