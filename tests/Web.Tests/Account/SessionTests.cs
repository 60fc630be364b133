using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Account;

/// <summary>AUTH-6: sessions end after 30 idle minutes, after 12 hours in any case, and when the security stamp changes.</summary>
[Trait("Req", "AUTH-6")]
public sealed class SessionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static PortalWebFactory WithClock() => new() { Clock = new FakeTimeProvider(DateTimeOffset.UtcNow) };

    [Fact]
    public async Task Thirty_idle_minutes_sign_the_user_out_and_the_login_page_says_why()
    {
        await using var web = WithClock();
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);
        await client.GetPageAsync("/");

        web.Clock!.Advance(TimeSpan.FromMinutes(30) + TimeSpan.FromSeconds(1));

        using var response = await client.GetAsync("/", Ct);
        var target = response.RedirectTarget();
        Assert.StartsWith("/Account/Login", target, StringComparison.Ordinal);
        Assert.Contains("ended=idle", target, StringComparison.Ordinal);
        var login = await client.GetPageAsync(target);
        Assert.Contains("一定時間操作がなかったため、ログアウトしました。", login, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Activity_within_the_idle_timeout_keeps_the_session()
    {
        await using var web = WithClock();
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        for (var i = 0; i < 4; i++)
        {
            web.Clock!.Advance(TimeSpan.FromMinutes(20));
            await client.GetPageAsync("/");
        }
    }

    [Fact]
    public async Task Twelve_hours_after_sign_in_the_session_ends_however_active_the_user_is()
    {
        await using var web = WithClock();
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);
        for (var i = 0; i < 47; i++)
        {
            web.Clock!.Advance(TimeSpan.FromMinutes(15));
            await client.GetPageAsync("/");
        }

        web.Clock!.Advance(TimeSpan.FromMinutes(15));

        using var response = await client.GetAsync("/", Ct);
        var target = response.RedirectTarget();
        Assert.Contains("ended=lifetime", target, StringComparison.Ordinal);
        Assert.Contains("ログインから一定時間が経過したため", await client.GetPageAsync(target), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_security_stamp_ends_the_users_other_sessions_within_the_check_interval()
    {
        await using var web = WithClock();
        var other = await web.LoggedInAs(DemoAccounts.CustomerA);
        var bystander = await web.LoggedInAs(DemoAccounts.AdminA);

        await using (var scope = web.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByNameAsync(DemoAccounts.CustomerA))!);
        }

        web.Clock!.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));

        using var response = await other.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("ended=revoked", response.RedirectTarget(), StringComparison.Ordinal);
        await bystander.GetPageAsync("/");
    }

    [Fact]
    public async Task Changing_the_password_ends_the_users_other_sessions_but_keeps_this_one()
    {
        await using var web = WithClock();
        var other = await web.LoggedInAs(DemoAccounts.CustomerA);
        var here = await web.LoggedInAs(DemoAccounts.CustomerA);

        using var changed = await here.SubmitAsync("/Account/Password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = DemoAccounts.Password,
            ["NewPassword"] = "Qv7#mZ2!pK9@wLx",
            ["ConfirmPassword"] = "Qv7#mZ2!pK9@wLx",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        web.Clock!.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));

        using var ended = await other.GetAsync("/", Ct);
        Assert.Contains("ended=revoked", ended.RedirectTarget(), StringComparison.Ordinal);
        await here.GetPageAsync("/");
    }
}
