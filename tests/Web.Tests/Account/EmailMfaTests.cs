using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Domain.LoginHistory;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Account;

/// <summary>AUTH-5 (a, c, d, e): sign-in with a code sent by e-mail. Each test has its own portal, clock and mailbox.</summary>
[Trait("Req", "AUTH-5")]
public sealed class EmailMfaTests : IAsyncDisposable
{
    private const string Address = "mfa.a@example.com";
    private readonly Mailbox _mail = new();
    private readonly PortalWebFactory _web;

    public EmailMfaTests() => _web = new PortalWebFactory { Clock = new FakeTimeProvider(DateTimeOffset.UtcNow), SmtpPort = _mail.Port };

    private FakeTimeProvider Clock => _web.Clock!;

    public async ValueTask DisposeAsync()
    {
        await _web.DisposeAsync();
        _mail.Dispose();
    }

    private async Task<(HttpClient Client, string Code)> CodeStepAsync(HttpClient? client = null)
    {
        client ??= _web.CreateBrowser();
        Assert.StartsWith("/Account/Mfa", await client.PasswordStepAsync(DemoAccounts.MfaCustomerA, DemoAccounts.Password), StringComparison.Ordinal);
        using var chosen = await client.ChooseAsync("EmailCode");
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        await _mail.DeliverAsync(_web, _mail.Count + 1);
        return (client, _mail.LatestCodeFor(Address));
    }

    [Fact]
    public async Task The_code_from_the_mail_signs_the_user_in_and_both_steps_are_recorded()
    {
        var (client, code) = await CodeStepAsync();

        using var verified = await client.VerifyAsync("EmailCode", code);

        Assert.Equal("/", verified.RedirectTarget());
        await client.GetPageAsync("/");
        var mail = _mail.To(Address).Single();
        Assert.Equal("カスタマーポータルの検証コード", mail.Subject);
        await using var scope = _web.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        var kinds = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().LoginEvents
            .Where(e => e.UserId == DemoAccounts.MfaCustomerA).Select(e => e.Kind).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Contains(LoginEventKind.MfaSucceeded, kinds);
        Assert.Contains(LoginEventKind.LoginSucceeded, kinds);
    }

    [Fact]
    public async Task The_password_alone_does_not_sign_in_a_user_with_MFA()
    {
        var client = _web.CreateBrowser();
        await client.PasswordStepAsync(DemoAccounts.MfaCustomerA, DemoAccounts.Password);

        using var home = await client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.StartsWith("/Account/Login", home.RedirectTarget(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_expires_after_five_minutes()
    {
        var (client, code) = await CodeStepAsync();
        Clock.Advance(TimeSpan.FromMinutes(5));

        using var verified = await client.VerifyAsync("EmailCode", code);

        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Contains("コードが正しくないか、有効期限が切れています。", await verified.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_used_code_does_not_work_a_second_time()
    {
        var (client, code) = await CodeStepAsync();
        using (await client.VerifyAsync("EmailCode", code))
        using (await client.LogOutAsync())
        {
        }

        var second = _web.CreateBrowser();
        await second.PasswordStepAsync(DemoAccounts.MfaCustomerA, DemoAccounts.Password);
        using var replay = await second.VerifyAsync("EmailCode", code);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("コードが正しくないか", await replay.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_code_can_be_asked_for_only_after_thirty_seconds()
    {
        var (client, _) = await CodeStepAsync();
        Clock.Advance(TimeSpan.FromSeconds(20));

        using var early = await client.ResendAsync();
        await _mail.DeliverAsync(_web, 1);
        Assert.Contains("コードの再送信は 10 秒後に行えます。", await early.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Single(_mail.To(Address));

        Clock.Advance(TimeSpan.FromSeconds(10));
        using var later = await client.ResendAsync();
        await _mail.DeliverAsync(_web, 2);
        Assert.Equal(2, _mail.To(Address).Count);
        using var verified = await client.VerifyAsync("EmailCode", _mail.LatestCodeFor(Address));
        Assert.Equal("/", verified.RedirectTarget());
    }

    [Fact]
    public async Task A_remembered_browser_skips_MFA_for_eight_hours_then_is_asked_again()
    {
        var (client, code) = await CodeStepAsync();
        using (await client.VerifyAsync("EmailCode", code, remember: true))
        using (await client.LogOutAsync())
        {
        }

        Clock.Advance(TimeSpan.FromHours(8) - TimeSpan.FromMinutes(1));
        Assert.Equal("/", await client.PasswordStepAsync(DemoAccounts.MfaCustomerA, DemoAccounts.Password));
        using (await client.LogOutAsync())
        {
        }

        Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.StartsWith("/Account/Mfa", await client.PasswordStepAsync(DemoAccounts.MfaCustomerA, DemoAccounts.Password), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_browser_is_still_asked_for_a_code()
    {
        var (client, code) = await CodeStepAsync();
        using (await client.VerifyAsync("EmailCode", code, remember: true))
        {
        }

        var other = _web.CreateBrowser();

        Assert.StartsWith("/Account/Mfa", await other.PasswordStepAsync(DemoAccounts.MfaCustomerA, DemoAccounts.Password), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_codes_lock_the_account_and_the_user_is_told_by_mail()
    {
        var (client, _) = await CodeStepAsync();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using (await client.VerifyAsync("EmailCode", "000000"))
            {
            }
        }

        await _mail.DeliverAsync(_web, 2);
        var fresh = _web.CreateBrowser();
        using var refused = await fresh.LogInAsync(DemoAccounts.MfaCustomerA, DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode); // the login form again, not the code step
        Assert.Contains(_mail.To(Address), m => m.Subject == "ユーザーIDがロックされました");
    }
}
