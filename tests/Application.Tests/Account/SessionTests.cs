using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Account.Commands.BeginTotpSetup;
using Portal.Application.Account.Commands.ChangeLanguage;
using Portal.Application.Account.Commands.ChangePassword;
using Portal.Application.Account.Commands.ConfirmTotp;
using Portal.Application.Account.Commands.DisableTotp;
using Portal.Application.Account.Commands.EndOtherSessions;
using Portal.Application.Account.Commands.EndSession;
using Portal.Application.Account.Commands.ForgetBrowser;
using Portal.Application.Account.Commands.RequestPasswordReset;
using Portal.Application.Account.Commands.ResetPassword;
using Portal.Application.Account.Commands.SetEmailMfa;
using Portal.Application.Account.Commands.SignIn;
using Portal.Application.Account.Commands.SignOut;
using Portal.Application.Account.Commands.UpdateProfile;
using Portal.Application.Account.Queries.GetProfile;
using Portal.Application.Admin.Commands.UnlockContact;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tests.Account.Passwords;
using Portal.Application.Tests.Support;
using Portal.Domain.LoginHistory;
using Portal.Infrastructure.Jobs;

namespace Portal.Application.Tests.Account;

/// <summary>AUTH-6: a user lists and ends its own server-side sessions, and only its own.</summary>
[Trait("Req", "AUTH-6")]
public sealed class SessionTests
{
    private static async Task SignInAsync(PortalApp app, string userId) =>
        Assert.Equal(SignInOutcome.SignedIn, await app.Anonymous().Send(new SignIn(userId, Demo.Password, Resets.Ip, "tests")));

    private static async Task<List<Guid>> SessionsOfAsync(PortalApp app, string userId) =>
        [.. (await (await app.SignedInAs(userId)).Send(new GetProfile())).Sessions.Select(s => s.Id).Order()];

    [Fact]
    public async Task A_user_lists_and_ends_its_own_sessions_only()
    {
        await using var app = await PortalApp.StartAsync();
        await SignInAsync(app, Demo.CustomerA);
        await SignInAsync(app, Demo.CustomerA);
        await SignInAsync(app, Demo.CustomerB);
        var mine = await SessionsOfAsync(app, Demo.CustomerA);
        Assert.Equal(2, mine.Count);

        await (await app.SignedInAs(Demo.CustomerB)).Send(new GetProfile());
        await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new EndSession(mine[0], Resets.Ip, "tests")));
        Assert.Equal(mine, await SessionsOfAsync(app, Demo.CustomerA));

        await app.Send(new EndSession(mine[0], Resets.Ip, "tests"));

        Assert.Equal([mine[1]], await SessionsOfAsync(app, Demo.CustomerA));
        Assert.Single(await SessionsOfAsync(app, Demo.CustomerB));
        Assert.True(await app.InScopeAsync(sp => sp.Db().LoginEvents.AnyAsync(e => e.UserId == Demo.CustomerA && e.Kind == LoginEventKind.Logout)),
            "an ended session is recorded as a logout (AUTH-8)");
    }

    [Fact]
    public async Task A_disabled_contact_loses_its_sessions_once_the_change_is_committed()
    {
        await using var app = await PortalApp.StartAsync();
        await SignInAsync(app, Demo.CustomerA);
        await app.InScopeAsync(async sp =>
        {
            var contact = await sp.Db().Contacts.SingleAsync(c => c.UserId == Demo.CustomerA);
            contact.Disable(Guid.NewGuid(), otherActiveAdmins: 1, app.Clock.GetUtcNow());
            await sp.Db().SaveChangesAsync();
        });

        await app.ProcessOutboxAsync();

        Assert.False(await app.InScopeAsync(sp => sp.Db().UserSessions.AnyAsync()));
    }

    [Fact, Trait("Req", "AUTH-4")]
    public async Task A_password_reset_ends_every_session_of_the_user()
    {
        await using var app = await PortalApp.StartAsync();
        await SignInAsync(app, Demo.CustomerA);
        await SignInAsync(app, Demo.CustomerB);
        await Resets.Request(app, Demo.CustomerA, Demo.CustomerAEmail);

        await app.Anonymous().Send(Resets.ResetWith(await Resets.SingleLinkAsync(app), PasswordPolicyTests.Twelve));

        Assert.Empty(await SessionsOfAsync(app, Demo.CustomerA));
        Assert.Single(await SessionsOfAsync(app, Demo.CustomerB));
    }

    [Fact]
    public async Task The_cleanup_job_deletes_a_session_a_day_after_it_lapsed()
    {
        await using var app = await PortalApp.StartAsync();
        await SignInAsync(app, Demo.CustomerA);
        var lapsed = await app.InScopeAsync(sp => sp.Db().UserSessions.Select(s => s.ExpiresAt).SingleAsync());
        var job = new SessionCleanupJob(app.Services.GetRequiredService<IServiceScopeFactory>(), app.Clock);

        app.Clock.SetUtcNow(lapsed + SessionCleanupJob.KeepLapsed - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await job.RunAsync(CancellationToken.None));

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await job.RunAsync(CancellationToken.None));
        Assert.False(await app.InScopeAsync(sp => sp.Db().UserSessions.AnyAsync()));
    }
}
