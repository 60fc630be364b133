using Microsoft.EntityFrameworkCore;
using Portal.Application.Admin.Commands.CreateContact;
using Portal.Application.Admin.Queries.GetContact;
using Portal.Application.Admin.Queries.GetContactForm;
using Portal.Application.Admin.Queries.ListContacts;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tests.Account;
using Portal.Application.Tests.Support;
using Portal.Domain.Common;
using Portal.Domain.Contacts;
using Portal.Infrastructure.Seeding;

namespace Portal.Application.Tests.Admin;

/// <summary>
/// AGT-3, ADM-2: a provider admin creates a contact of the customer company it names, linked to that company's numbers
/// only; a customer admin's own company is used whatever the request names (TEN-1).
/// </summary>
[Trait("Req", "AGT-3")]
[Trait("Req", "ADM-2")]
public sealed class ProviderCreateContactTests
{
    private const string Email = "oliver.grant@example.com";

    [Fact]
    public async Task A_contact_created_by_the_provider_belongs_to_the_named_company_and_gets_its_activation_mail()
    {
        await using var app = await PortalApp.StartAsync();
        var companyB = await ProviderConsole.CompanyIdAsync(app, Demo.B1);
        var b2 = await Contacts.AccountIdAsync(app, Demo.B2);
        await app.SignedInAs(DemoAccounts.ProviderAdmin);
        Assert.Equal([Demo.B1, Demo.B2], (await app.Send(new GetContactForm(companyB))).Select(a => a.Number));

        var id = await app.Send(Contacts.New(Email, [b2], Language.English) with { CompanyId = companyB, IsAdmin = true });

        Assert.Equal(companyB, await app.InScopeAsync(sp => sp.Db().Contacts.Where(c => c.Id == id).Select(c => c.CompanyId).SingleAsync()));
        Assert.Contains(id, (await app.Send(new ListContacts(CompanyId: companyB))).Items.Select(r => r.Id));
        var page = await app.Send(new GetContact(id));
        Assert.Equal((ContactRole.CustomerAdmin, b2), (page.Role, Assert.Single(page.LinkedAccountIds)));
        var mail = Assert.Single(await Resets.MailsAsync(app));
        Assert.Equal((Email, "Your customer portal account was created"), (mail.To, mail.Subject));
    }

    [Fact]
    public async Task Another_companys_number_is_a_field_error_for_the_named_company_and_stores_nothing()
    {
        await using var app = await PortalApp.StartAsync();
        var companyB = await ProviderConsole.CompanyIdAsync(app, Demo.B1);
        var a1 = await Contacts.AccountIdAsync(app, Demo.A1);
        await app.SignedInAs(DemoAccounts.ProviderAdmin);
        var before = await DemoWorld.CountAsync(app);

        Assert.Equal((nameof(CreateContact.AccountIds), "Contact.UnknownAccount"),
            await ProviderConsole.FieldErrorAsync(() => app.Send(Contacts.New(Email, [a1]) with { CompanyId = companyB })));

        Assert.Equal(before, await DemoWorld.CountAsync(app));
        Assert.Empty(await Resets.MailsAsync(app));
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("provider")]
    [InlineData("none")]
    public async Task An_unknown_company_or_the_providers_own_is_not_found_and_stores_nothing(string named)
    {
        await using var app = await PortalApp.StartAsync();
        var company = named switch
        {
            "unknown" => Guid.NewGuid(),
            "provider" => await ProviderConsole.ProviderCompanyIdAsync(app),
            _ => (Guid?)null,
        };
        var a1 = await Contacts.AccountIdAsync(app, Demo.A1);
        await app.SignedInAs(DemoAccounts.ProviderAdmin);
        var before = await DemoWorld.CountAsync(app);

        await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(Contacts.New(Email, [a1]) with { CompanyId = company }));
        await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new GetContactForm(company)));

        Assert.Equal(before, await DemoWorld.CountAsync(app));
        Assert.Empty(await Resets.MailsAsync(app));
    }

    [Fact, Trait("Req", "TEN-1")]
    public async Task A_customer_admin_naming_another_company_still_creates_in_its_own_and_cannot_link_the_others_numbers()
    {
        await using var app = await PortalApp.StartAsync();
        var companyA = await ProviderConsole.CompanyIdAsync(app, Demo.A1);
        var companyB = await ProviderConsole.CompanyIdAsync(app, Demo.B1);
        var a1 = await Contacts.AccountIdAsync(app, Demo.A1);
        var b1 = await Contacts.AccountIdAsync(app, Demo.B1);
        await app.SignedInAs(Demo.AdminA);
        var before = await DemoWorld.CountAsync(app);

        Assert.Equal((nameof(CreateContact.AccountIds), "Contact.UnknownAccount"),
            await ProviderConsole.FieldErrorAsync(() => app.Send(Contacts.New("someone@example.com", [b1]) with { CompanyId = companyB })));
        Assert.Equal(before, await DemoWorld.CountAsync(app));

        var id = await app.Send(Contacts.New(Email, [a1]) with { CompanyId = companyB });

        Assert.Equal(companyA, await app.InScopeAsync(sp => sp.Db().Contacts.Where(c => c.Id == id).Select(c => c.CompanyId).SingleAsync()));
        Assert.Equal([Demo.A1, Demo.A2, Demo.A3], (await app.Send(new GetContactForm(companyB))).Select(a => a.Number));
    }
}
