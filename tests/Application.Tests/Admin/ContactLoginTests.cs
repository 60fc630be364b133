using Microsoft.EntityFrameworkCore;
using Portal.Application.Account.Commands.SignIn;
using Portal.Application.Admin.Commands.SetContactLogin;
using Portal.Application.Admin.Commands.UnlockContact;
using Portal.Application.Admin.Queries.GetContact;
using Portal.Application.Admin.Queries.ListContacts;
using Portal.Application.Tests.Support;
using Portal.Domain.Common;

namespace Portal.Application.Tests.Admin;

/// <summary>
/// ADM-3: an admin disables and enables a login (AUTH-6: disabling ends the user's sessions) and unlocks a
/// locked user at once (AUTH-2); ADM-4: nobody deletes a contact, and the last active admin cannot disable itself.
/// </summary>
[Trait("Req", "ADM-3")]
public sealed class ContactLoginTests
{
    private static Task<int> SessionsOfAsync(PortalApp app, Guid contactId) =>
        app.InScopeAsync(sp => sp.Db().UserSessions.CountAsync(s => s.UserId == contactId));

    [Fact, Trait("Req", "AUTH-6"), Trait("Req", "ADM-4")]
    public async Task A_disabled_user_loses_its_sessions_cannot_sign_in_and_stays_listed()
    {
        await using var app = await PortalApp.StartAsync();
        var customer = await DemoCases.ContactIdAsync(app, Demo.CustomerA);
        var admin = await DemoCases.ContactIdAsync(app, Demo.AdminA);
        Assert.Equal(SignInOutcome.SignedIn, await Contacts.SignInAsync(app, Demo.CustomerA));
        Assert.Equal(SignInOutcome.SignedIn, await Contacts.SignInAsync(app, Demo.CustomerA));
        Assert.Equal(SignInOutcome.SignedIn, await Contacts.SignInAsync(app, Demo.AdminA));
        await app.SignedInAs(Demo.AdminA);
        var page = await Contacts.PageAsync(app, Demo.CustomerA);

        await app.Send(new SetContactLogin(customer, page.Version, Enabled: false));
        await app.ProcessOutboxAsync();

        Assert.Equal((0, 1), (await SessionsOfAsync(app, customer), await SessionsOfAsync(app, admin)));
        Assert.Equal(SignInOutcome.Refused, await Contacts.SignInAsync(app, Demo.CustomerA));
        await app.SignedInAs(Demo.AdminA);
        Assert.False((await Contacts.PageAsync(app, Demo.CustomerA)).IsActive);
        Assert.False(Assert.Single((await app.Send(new ListContacts(Query: "user.a"))).Items).IsActive);
    }

    [Fact]
    public async Task An_enabled_login_signs_in_again()
    {
        await using var app = await PortalApp.StartAsync();
        var customer = await DemoCases.ContactIdAsync(app, Demo.CustomerA);
        await app.SignedInAs(Demo.AdminA);
        await app.Send(new SetContactLogin(customer, (await Contacts.PageAsync(app, Demo.CustomerA)).Version, Enabled: false));

        await (await app.SignedInAs(Demo.AdminA)).Send(new SetContactLogin(customer, (await Contacts.PageAsync(app, Demo.CustomerA)).Version, Enabled: true));

        Assert.Equal(SignInOutcome.SignedIn, await Contacts.SignInAsync(app, Demo.CustomerA));
        Assert.True((await (await app.SignedInAs(Demo.AdminA)).Send(new GetContact(customer))).IsActive);
    }

    [Fact, Trait("Req", "NFR-4")]
    public async Task Disabling_from_a_stale_page_is_refused()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);
        var stale = await Contacts.PageAsync(app, Demo.CustomerA);
        await app.Send(Contacts.EditOf(stale) with { Title = "経理部" });

        var refused = await Assert.ThrowsAsync<DomainRuleException>(async () => await app.Send(new SetContactLogin(stale.Id, stale.Version, false)));

        Assert.Equal("Contact.ChangedMeanwhile", refused.Code);
        Assert.Equal(SignInOutcome.SignedIn, await Contacts.SignInAsync(app, Demo.CustomerA));
    }

    [Fact, Trait("Req", "ADM-4")]
    public async Task The_last_active_admin_cannot_disable_itself()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);
        var page = await Contacts.PageAsync(app, Demo.AdminA);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(async () => await app.Send(new SetContactLogin(page.Id, page.Version, false)));

        Assert.Equal("Contact.LastActiveAdmin", refused.Code);
        Assert.Equal(SignInOutcome.SignedIn, await Contacts.SignInAsync(app, Demo.AdminA));
    }

    [Fact, Trait("Req", "AUTH-2")]
    public async Task A_locked_user_signs_in_right_after_its_admin_unlocks_it()
    {
        await using var app = await PortalApp.StartAsync();
        for (var attempt = 1; attempt <= 5; attempt++)
            Assert.Equal(SignInOutcome.Refused, await Contacts.SignInAsync(app, Demo.CustomerA, $"Wrong-Password-{attempt}!"));
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(SignInOutcome.Refused, await Contacts.SignInAsync(app, Demo.CustomerA));
        await app.SignedInAs(Demo.AdminA);
        var page = await Contacts.PageAsync(app, Demo.CustomerA);
        Assert.True(page.IsLocked);

        Assert.True(await app.Send(new UnlockContact(page.Id, "198.51.100.21", "tests")));

        Assert.False((await (await app.SignedInAs(Demo.AdminA)).Send(new GetContact(page.Id))).IsLocked);
        Assert.Equal(SignInOutcome.SignedIn, await Contacts.SignInAsync(app, Demo.CustomerA));
        Assert.False(await (await app.SignedInAs(Demo.AdminA)).Send(new UnlockContact(page.Id, null, null))); // not locked any more
    }
}
