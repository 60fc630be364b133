using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Account;

/// <summary>
/// AUTH-6: sessions are held server-side. Logout, the profile, a password change and a disabled login end
/// them at once, and a copied cookie gets the login page on its next request, on any node.
/// </summary>
[Trait("Req", "AUTH-6")]
public sealed class ServerSessionTests
{
    private const string NewPassword = "Qv7#mZ2!pK9@wLx";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_cookie_copied_before_logout_gets_the_login_page_afterwards()
    {
        await using var web = new PortalWebFactory();
        var (client, cookie) = await SignInCopyingCookieAsync(web, DemoAccounts.CustomerA);
        var copy = Replaying(web, cookie);
        await copy.GetPageAsync("/");

        using (await client.LogOutAsync())
        {
        }

        await AssertSignedOutAsync(copy);
    }

    [Fact]
    public async Task Ending_a_session_on_the_profile_signs_that_browser_out_on_its_next_request()
    {
        await using var web = new PortalWebFactory();
        var other = await web.LoggedInAs(DemoAccounts.CustomerA);
        var here = await web.LoggedInAs(DemoAccounts.CustomerA);
        var profile = await here.GetPageAsync("/Account/Profile");
        Assert.Contains("このブラウザ", profile, StringComparison.Ordinal);
        var others = SessionsPage.OtherIds(profile);
        Assert.Single(others);

        using var ended = await here.EndSessionAsync(others[0]);
        Assert.Equal("/Account/Profile", ended.RedirectTarget());

        var target = (await AssertSignedOutAsync(other)).RedirectTarget();
        Assert.Contains("ended=revoked", target, StringComparison.Ordinal);
        Assert.Contains("このセッションは終了しました", await other.GetPageAsync(target), StringComparison.Ordinal);
        var after = await here.GetPageAsync("/Account/Profile");
        Assert.Contains("セッションを終了しました。", after, StringComparison.Ordinal);
        Assert.Empty(SessionsPage.OtherIds(after));
    }

    [Fact]
    public async Task Signing_out_the_other_sessions_ends_them_and_keeps_this_one()
    {
        await using var web = new PortalWebFactory();
        var first = await web.LoggedInAs(DemoAccounts.CustomerA);
        var second = await web.LoggedInAs(DemoAccounts.CustomerA);
        var bystander = await web.LoggedInAs(DemoAccounts.AdminA);
        var here = await web.LoggedInAs(DemoAccounts.CustomerA);
        Assert.Equal(2, SessionsPage.OtherIds(await here.GetPageAsync("/Account/Profile")).Count);

        using (var response = await here.SubmitAsync("/Account/Profile", new Dictionary<string, string>(), "/Account/Profile?handler=EndOtherSessions"))
            Assert.Equal("/Account/Profile", response.RedirectTarget());

        await AssertSignedOutAsync(first);
        await AssertSignedOutAsync(second);
        var profile = await here.GetPageAsync("/Account/Profile");
        Assert.Contains("他のセッションをすべてログアウトしました。", profile, StringComparison.Ordinal);
        Assert.Empty(SessionsPage.OtherIds(profile));
        await bystander.GetPageAsync("/");
    }

    [Fact]
    public async Task A_password_change_ends_the_other_sessions_at_once()
    {
        // A frozen clock: no security-stamp check falls due, so only the deleted sessions can sign the others out.
        await using var web = new PortalWebFactory { Clock = new FakeTimeProvider(DateTimeOffset.UtcNow) };
        var other = await web.LoggedInAs(DemoAccounts.CustomerA);
        var here = await web.LoggedInAs(DemoAccounts.CustomerA);

        using (var changed = await here.SubmitAsync("/Account/Password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = DemoAccounts.Password,
            ["NewPassword"] = NewPassword,
            ["ConfirmPassword"] = NewPassword,
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        }

        Assert.Contains("ended=revoked", (await AssertSignedOutAsync(other)).RedirectTarget(), StringComparison.Ordinal);
        await here.GetPageAsync("/");
        Assert.Empty(SessionsPage.OtherIds(await here.GetPageAsync("/Account/Profile")));
    }

    [Fact]
    public async Task A_disabled_login_is_signed_out_on_its_next_request()
    {
        await using var web = new PortalWebFactory();
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);
        var bystander = await web.LoggedInAs(DemoAccounts.AdminA);

        await using (var scope = web.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var contact = await db.Contacts.SingleAsync(c => c.UserId == DemoAccounts.CustomerA, Ct);
            contact.Disable(Guid.NewGuid(), otherActiveAdmins: 1, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync(Ct);
        }

        await AssertSignedOutAsync(client);
        await bystander.GetPageAsync("/");
    }

    [Fact]
    public async Task Sessions_are_shared_by_the_nodes_on_one_database()
    {
        await using var first = new PortalWebFactory();
        await using var second = new PortalWebFactory { NodeOf = first };
        var (client, cookie) = await SignInCopyingCookieAsync(first, DemoAccounts.CustomerA);
        var onSecond = Replaying(second, cookie);

        Assert.Contains("このブラウザ", await onSecond.GetPageAsync("/Account/Profile"), StringComparison.Ordinal);
        await client.GetPageAsync("/");

        using (var loggedOut = await onSecond.SubmitAsync("/", new Dictionary<string, string>(), "/Account/Logout"))
            Assert.StartsWith("/Account/Login", loggedOut.RedirectTarget(), StringComparison.Ordinal);

        await AssertSignedOutAsync(client);
    }

    [Fact]
    public async Task A_user_cannot_end_another_users_session_with_a_forged_id()
    {
        await using var web = new PortalWebFactory();
        var victim = await web.LoggedInAs(DemoAccounts.CustomerA);
        var victimsSession = SessionsPage.CurrentId(await victim.GetPageAsync("/Account/Profile"));
        var attacker = await web.LoggedInAs(DemoAccounts.CustomerB);

        using var forged = await attacker.EndSessionAsync(victimsSession);

        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(victimsSession, SessionsPage.CurrentId(await victim.GetPageAsync("/Account/Profile")));
    }

    [Fact]
    public async Task Last_seen_is_written_at_most_once_a_minute()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var web = new PortalWebFactory { Clock = clock };
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);
        var signedIn = await LastSeenAsync(web);

        clock.Advance(TimeSpan.FromSeconds(50));
        await client.GetPageAsync("/");
        Assert.Equal(signedIn, await LastSeenAsync(web));

        clock.Advance(TimeSpan.FromSeconds(20));
        await client.GetPageAsync("/");
        Assert.Equal(clock.GetUtcNow(), await LastSeenAsync(web));
    }

    private static async Task<DateTimeOffset> LastSeenAsync(PortalWebFactory web)
    {
        await using var scope = web.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().UserSessions.Select(s => s.LastSeenAt).SingleAsync(Ct);
    }

    /// <summary>Signs in through the form, keeping a copy of the sign-in cookie as someone who stole it would.</summary>
    private static async Task<(HttpClient Client, Cookie Cookie)> SignInCopyingCookieAsync(PortalWebFactory web, string userId)
    {
        var client = web.CreateBrowser();
        using var response = await client.LogInAsync(userId, DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        const string name = "portal.auth=";
        var header = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(name, StringComparison.Ordinal));
        return (client, new Cookie("portal.auth", header[name.Length..header.IndexOf(';', StringComparison.Ordinal)]));
    }

    /// <summary>Another browser, into which the copied sign-in cookie was planted.</summary>
    private static HttpClient Replaying(PortalWebFactory web, Cookie cookie)
    {
        var jar = new CookieContainer();
        jar.Add(web.ClientOptions.BaseAddress, cookie);
        return web.CreateDefaultClient(new CookieContainerHandler(jar));
    }

    private static async Task<HttpResponseMessage> AssertSignedOutAsync(HttpClient client)
    {
        var response = await client.GetAsync("/", Ct);
        Assert.StartsWith("/Account/Login", response.RedirectTarget(), StringComparison.Ordinal);
        return response;
    }
}
