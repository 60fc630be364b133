using Portal.Application.Admin.Queries.GetContact;
using Portal.Application.Admin.Queries.GetContactForm;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tests.Support;
using Portal.Domain.Common;
using Portal.Domain.Contacts;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Admin;

/// <summary>ADM-3: an admin edits a contact of its company from the page it loaded (NFR-4); ADM-4: not its own last admin flag.</summary>
[Trait("Req", "ADM-3")]
public sealed class UpdateContactTests
{
    [Fact]
    public async Task The_edited_fields_are_what_the_contact_page_then_shows()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);
        var page = await Contacts.PageAsync(app, Demo.CustomerA);
        var a3 = await Contacts.AccountIdAsync(app, Demo.A3);

        await app.Send(Contacts.EditOf(page) with
        {
            Title = "経理部",
            Email = "hanako.yamada@example.com",
            Language = Language.English,
            TimeZone = "Asia/Singapore",
            AccountIds = [a3],
        });

        var now = await app.Send(new GetContact(page.Id));
        Assert.Equal(("経理部", "hanako.yamada@example.com", Language.English, "Asia/Singapore"), (now.Title, now.Email, now.Language, now.TimeZone));
        Assert.Equal(a3, Assert.Single(now.LinkedAccountIds));
        Assert.True(now.Version > page.Version);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    [Trait("Req", "NFR-4")]
    public async Task A_change_from_a_page_loaded_before_another_change_is_refused(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await app.SignedInAs(Demo.AdminA);
        var stale = await Contacts.PageAsync(app, Demo.CustomerA);
        await app.Send(Contacts.EditOf(stale) with { Title = "情報システム部 課長" });

        var refused = await Assert.ThrowsAsync<DomainRuleException>(async () =>
            await app.Send(Contacts.EditOf(stale) with { Title = "総務部" }));

        Assert.Equal("Contact.ChangedMeanwhile", refused.Code);
        Assert.Equal("情報システム部 課長", (await Contacts.PageAsync(app, Demo.CustomerA)).Title);
    }

    [Fact]
    [Trait("Req", "ADM-4")]
    public async Task The_last_active_admin_cannot_take_away_its_own_admin_flag()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);
        var page = await Contacts.PageAsync(app, Demo.AdminA);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(async () => await app.Send(Contacts.EditOf(page) with { IsAdmin = false }));

        Assert.Equal("Contact.LastActiveAdmin", refused.Code);
        Assert.Equal(ContactRole.CustomerAdmin, (await Contacts.PageAsync(app, Demo.AdminA)).Role);
    }

    [Fact]
    [Trait("Req", "ADM-4")]
    public async Task With_a_second_admin_an_admin_may_step_down_and_the_other_manages_the_company()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);
        await app.Send(Contacts.EditOf(await Contacts.PageAsync(app, Demo.CustomerA)) with { IsAdmin = true });

        await app.Send(Contacts.EditOf(await Contacts.PageAsync(app, Demo.AdminA)) with { IsAdmin = false });

        await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await app.Send(new GetContactForm()));
        await app.SignedInAs(Demo.CustomerA);
        Assert.Equal(ContactRole.Customer, (await Contacts.PageAsync(app, Demo.AdminA)).Role);
    }
}
