using Microsoft.EntityFrameworkCore;
using Portal.Application.Account.Commands.ChangeLanguage;
using Portal.Application.Account.Commands.ChangePassword;
using Portal.Application.Account.Commands.RequestPasswordReset;
using Portal.Application.Account.Commands.ResetPassword;
using Portal.Application.Account.Commands.SignIn;
using Portal.Application.Account.Commands.SignOut;
using Portal.Application.Admin.Commands.UnlockContact;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tests.Support;
using Portal.Domain.LoginHistory;

namespace Portal.Application.Tests.Account;

/// <summary>AUTH-2: 5 wrong passwords lock the user ID for 20 minutes; it unlocks by itself or by an admin.</summary>
[Trait("Req", "AUTH-2")]
public sealed class LockoutTests
{
    private static SignIn Attempt(string password) => new(Demo.CustomerA, password, "198.51.100.20", "tests");

    private static async Task LockAsync(PortalApp app)
    {
        for (var attempt = 1; attempt <= 5; attempt++)
            Assert.Equal(SignInOutcome.Refused, await app.Anonymous().Send(Attempt($"Wrong-Password-{attempt}!")));
    }

    [Fact]
    public async Task The_fifth_wrong_password_locks_and_the_right_one_is_refused_until_twenty_minutes_have_passed()
    {
        await using var app = await PortalApp.StartAsync();
        await LockAsync(app);

        Assert.Equal(SignInOutcome.Refused, await app.Send(Attempt(Demo.Password)));
        app.Clock.Advance(TimeSpan.FromMinutes(20) - TimeSpan.FromSeconds(1));
        Assert.Equal(SignInOutcome.Refused, await app.Send(Attempt(Demo.Password)));
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(SignInOutcome.SignedIn, await app.Send(Attempt(Demo.Password)));

        var kinds = await app.InScopeAsync(sp => sp.Db().LoginEvents.Where(e => e.IpAddress == "198.51.100.20")
            .OrderBy(e => e.OccurredAt).Select(e => e.Kind).ToListAsync());
        Assert.Equal([.. Enumerable.Repeat(LoginEventKind.LoginFailed, 4), LoginEventKind.LockedOut, LoginEventKind.LockedOut,
            LoginEventKind.LockedOut, LoginEventKind.LoginSucceeded], kinds);
    }

    [Fact]
    public async Task Four_wrong_passwords_and_a_right_one_start_the_count_again()
    {
        await using var app = await PortalApp.StartAsync();
        for (var attempt = 1; attempt <= 4; attempt++)
            await app.Anonymous().Send(Attempt($"Wrong-Password-{attempt}!"));
        Assert.Equal(SignInOutcome.SignedIn, await app.Send(Attempt(Demo.Password)));

        for (var attempt = 1; attempt <= 4; attempt++)
            await app.Anonymous().Send(Attempt($"Wrong-Password-{attempt}!"));

        Assert.Equal(SignInOutcome.SignedIn, await app.Send(Attempt(Demo.Password)));
    }

    [Fact]
    public async Task The_company_admin_unlocks_at_once_and_the_unlock_is_recorded()
    {
        await using var app = await PortalApp.StartAsync();
        await LockAsync(app);
        var customer = await DemoCases.ContactIdAsync(app, Demo.CustomerA);

        Assert.True(await (await app.SignedInAs(Demo.AdminA)).Send(new UnlockContact(customer, "198.51.100.21", "tests")));

        Assert.Equal(SignInOutcome.SignedIn, await app.Anonymous().Send(Attempt(Demo.Password)));
        var unlocked = await app.InScopeAsync(sp => sp.Db().LoginEvents.SingleAsync(e => e.Kind == LoginEventKind.Unlocked));
        Assert.Equal((Demo.CustomerA, customer), (unlocked.UserId, unlocked.ContactId));
    }

    [Fact, Trait("Req", "TEN-1")]
    public async Task An_admin_cannot_unlock_another_companys_user_nor_learn_that_it_exists()
    {
        await using var app = await PortalApp.StartAsync();
        var otherCompanys = await DemoCases.ContactIdAsync(app, Demo.CustomerB);

        await Assert.ThrowsAsync<NotFoundException>(async () =>
            await (await app.SignedInAs(Demo.AdminA)).Send(new UnlockContact(otherCompanys, null, null)));
        await Assert.ThrowsAsync<NotFoundException>(async () =>
            await app.Send(new UnlockContact(Guid.NewGuid(), null, null)));
    }

    [Fact]
    public async Task The_provider_admin_unlocks_any_company_user()
    {
        await using var app = await PortalApp.StartAsync();
        await LockAsync(app);
        var customer = await DemoCases.ContactIdAsync(app, Demo.CustomerA);

        Assert.True(await (await app.SignedInAs(DemoAccountsProvider)).Send(new UnlockContact(customer, null, null)));

        Assert.Equal(SignInOutcome.SignedIn, await app.Anonymous().Send(Attempt(Demo.Password)));
    }

    private const string DemoAccountsProvider = Infrastructure.Seeding.DemoAccounts.ProviderAdmin;

    [Fact]
    public async Task A_customer_who_is_not_an_admin_may_not_unlock()
    {
        await using var app = await PortalApp.StartAsync();
        var admin = await DemoCases.ContactIdAsync(app, Demo.AdminA);

        await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await (await app.SignedInAs(Demo.CustomerA)).Send(new UnlockContact(admin, null, null)));
    }
}
