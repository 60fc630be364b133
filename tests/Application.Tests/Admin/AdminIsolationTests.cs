using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Account.Commands.SignIn;
using Portal.Application.Admin.Commands.CreateContact;
using Portal.Application.Admin.Commands.SetContactLogin;
using Portal.Application.Admin.Commands.UnlockContact;
using Portal.Application.Admin.Commands.UpdateContact;
using Portal.Application.Admin.Queries.GetContact;
using Portal.Application.Admin.Queries.GetContactForm;
using Portal.Application.Admin.Queries.ListContacts;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tests.Support;
using Portal.Domain.Contacts;

namespace Portal.Application.Tests.Admin;

/// <summary>
/// TEN-1 for the customer admin: another company's contacts do not exist for it (the same 404 as an unknown id),
/// its numbers cannot be linked, and a plain customer is refused every admin request.
/// </summary>
[Trait("Req", "TEN-1")]
[Trait("Req", "ADM-1")]
public sealed class AdminIsolationTests
{
    [Fact]
    public async Task The_list_holds_exactly_the_admins_company_and_never_another_companys_contacts()
    {
        await using var app = await PortalApp.StartAsync();
        var companyA = await app.InScopeAsync(sp => sp.Db().Contacts.Where(c => c.UserId == Demo.AdminA).Select(c => c.CompanyId).SingleAsync());
        var expected = await app.InScopeAsync(sp => sp.Db().Contacts.Where(c => c.CompanyId == companyA).Select(c => c.UserId).ToListAsync());
        await app.SignedInAs(Demo.AdminA);

        var all = await app.Send(new ListContacts(Sort: ContactSort.UserId));

        Assert.Equal(expected.Order(StringComparer.OrdinalIgnoreCase), all.Items.Select(r => r.UserId));
        Assert.Equal(expected.Count, all.Total);
        Assert.DoesNotContain(all.Items, r => r.UserId is Demo.CustomerB or Demo.Agent);
        foreach (var search in new[] { "Clark", "Emily", "user.b", "example.org", "USER.B@EXAMPLE.ORG.FM", "sac.example" })
        {
            var found = await app.Send(new ListContacts(Query: search));
            Assert.Equal(0, found.Total);
            Assert.Empty(found.Items);
        }
    }

    [Fact]
    public async Task An_admin_cannot_open_edit_disable_or_unlock_another_companys_contact()
    {
        await using var app = await PortalApp.StartAsync();
        var other = await app.InScopeAsync(sp => sp.Db().Contacts.AsNoTracking().SingleAsync(c => c.UserId == Demo.CustomerB));
        var ownPage = await (await app.SignedInAs(Demo.AdminA)).Send(new GetContact(await DemoCases.ContactIdAsync(app, Demo.CustomerA)));
        var forged = Contacts.EditOf(ownPage) with { ContactId = other.Id, Version = other.Version, UserId = other.UserId, Email = other.Email };

        await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new GetContact(other.Id)));
        await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(forged));
        await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new SetContactLogin(other.Id, other.Version, false)));
        await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new UnlockContact(other.Id, null, null)));
        await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new GetContact(Guid.NewGuid())));

        var after = await app.InScopeAsync(sp => sp.Db().Contacts.AsNoTracking().SingleAsync(c => c.Id == other.Id));
        Assert.Equal((other.Version, other.IsActive, other.LastName), (after.Version, after.IsActive, after.LastName));
        Assert.Equal(SignInOutcome.SignedIn, await Contacts.SignInAsync(app, Demo.CustomerB));
    }

    [Fact]
    public async Task Another_companys_customer_number_is_a_field_error_and_is_not_linked()
    {
        await using var app = await PortalApp.StartAsync();
        var b1 = await Contacts.AccountIdAsync(app, Demo.B1);
        var a1 = await Contacts.AccountIdAsync(app, Demo.A1);
        await app.SignedInAs(Demo.AdminA);
        var page = await Contacts.PageAsync(app, Demo.CustomerA);
        var before = await DemoWorld.CountAsync(app);

        var create = await Assert.ThrowsAsync<ValidationException>(async () => await app.Send(Contacts.New("someone@example.com", [b1])));
        var update = await Assert.ThrowsAsync<ValidationException>(async () => await app.Send(Contacts.EditOf(page) with { AccountIds = [a1, b1] }));

        Assert.Equal(nameof(CreateContact.AccountIds), Assert.Single(create.Errors).PropertyName);
        Assert.Equal(nameof(UpdateContact.AccountIds), Assert.Single(update.Errors).PropertyName);
        Assert.Equal(before, await DemoWorld.CountAsync(app));
        Assert.Equal(Contacts.Stored(page), Contacts.Stored(await Contacts.PageAsync(app, Demo.CustomerA)));
        Assert.Equal([Demo.CustomerB], await app.InScopeAsync(sp =>
            sp.Db().Contacts.Where(c => c.Accounts.Any(a => a.CustomerAccountId == b1)).Select(c => c.UserId).ToListAsync()));
    }

    [Fact, Trait("Req", "ADM-2"), Trait("Req", "ADM-3")]
    public async Task A_customer_who_is_not_an_admin_is_refused_every_admin_request()
    {
        await using var app = await PortalApp.StartAsync();
        var own = await DemoCases.ContactIdAsync(app, Demo.CustomerA);
        var admin = await app.InScopeAsync(sp => sp.Db().Contacts.AsNoTracking().SingleAsync(c => c.UserId == Demo.AdminA));
        var a1 = await Contacts.AccountIdAsync(app, Demo.A1);
        await app.SignedInAs(Demo.CustomerA);
        var before = await DemoWorld.CountAsync(app);
        var update = new UpdateContact(admin.Id, admin.Version, admin.FirstName, admin.LastName, admin.Title, admin.Email, null, null,
            admin.Language, admin.TimeZone, admin.UserId, IsAdmin: false, false, [a1]);

        var requests = new Func<Task>[]
        {
            () => app.Send(new ListContacts()),
            () => app.Send(new GetContact(own)),
            () => app.Send(new GetContactForm()),
            () => app.Send(Contacts.New("someone@example.com", [a1])),
            () => app.Send(update with { IsAdmin = true, ContactId = own }),
            () => app.Send(update),
            () => app.Send(new SetContactLogin(admin.Id, admin.Version, false)),
            () => app.Send(new UnlockContact(admin.Id, null, null)),
        };
        foreach (var request in requests)
            await Assert.ThrowsAsync<ForbiddenAccessException>(request);

        Assert.Equal(before, await DemoWorld.CountAsync(app));
        Assert.Equal(ContactRole.CustomerAdmin, await app.InScopeAsync(sp => sp.Db().Contacts.Where(c => c.Id == admin.Id).Select(c => c.Role).SingleAsync()));
    }
}
