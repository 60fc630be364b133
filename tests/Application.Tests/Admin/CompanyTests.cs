using Microsoft.EntityFrameworkCore;
using Portal.Application.Admin.Commands.AddCustomerAccount;
using Portal.Application.Admin.Commands.RenameCompany;
using Portal.Application.Admin.Queries.GetCompany;
using Portal.Application.Admin.Queries.GetContactForm;
using Portal.Application.Admin.Queries.ListCompanies;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tests.Support;
using Portal.Domain.Common;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Seeding;

namespace Portal.Application.Tests.Admin;

/// <summary>AGT-3: after onboarding the provider adds customer numbers to a company and corrects its name; no customer can.</summary>
[Trait("Req", "AGT-3")]
public sealed class CompanyTests
{
    private const string NewNumber = "N202400004";

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_added_number_is_the_companys_with_its_contract_and_its_admin_may_give_it_to_its_users(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var companyA = await ProviderConsole.CompanyIdAsync(app, Demo.A1);
        await app.SignedInAs(DemoAccounts.ProviderAdmin);
        var service = await ProviderConsole.ServiceIdAsync(app);

        var id = await app.Send(new AddCustomerAccount(companyA, ProviderConsole.Account(service, NewNumber, ProviderConsole.Cid(7), "札幌支店")));

        var added = Assert.Single((await app.Send(new GetCompany(companyA))).Accounts, a => a.Number == NewNumber);
        Assert.Equal((id, "札幌支店", 250, ProviderConsole.Cid(7).ToUpperInvariant()), (added.Id, added.DisplayName, added.ContractedIds, added.CrowdStrikeCid));
        await app.SignedInAs(Demo.AdminA);
        Assert.Equal([Demo.A1, Demo.A2, Demo.A3, NewNumber], (await app.Send(new GetContactForm())).Select(a => a.Number));
        Assert.Contains(id, (await Contacts.PageAsync(app, Demo.AdminA)).LinkedAccountIds);
        var user = await Contacts.PageAsync(app, Demo.CustomerA);
        Assert.DoesNotContain(id, user.LinkedAccountIds);
        await app.Send(Contacts.EditOf(user) with { AccountIds = [.. user.LinkedAccountIds, id] });
        Assert.Contains(id, (await Contacts.PageAsync(app, Demo.CustomerA)).LinkedAccountIds);
    }

    [Theory]
    [InlineData(Demo.B1, "CustomerNumber.Taken", "Account.Number")]
    [InlineData("n202400001 ", "CustomerNumber.Taken", "Account.Number")]
    [InlineData("B1's CID", "Cid.Taken", "Account.CrowdStrikeCid")]
    public async Task A_taken_number_or_CID_is_refused_and_nothing_is_added(string taken, string code, string at)
    {
        await using var app = await PortalApp.StartAsync();
        var companyA = await ProviderConsole.CompanyIdAsync(app, Demo.A1);
        await app.SignedInAs(DemoAccounts.ProviderAdmin);
        var service = await ProviderConsole.ServiceIdAsync(app);
        var account = taken == "B1's CID"
            ? ProviderConsole.Account(service, NewNumber, await ProviderConsole.CidOfAsync(app, Demo.B1))
            : ProviderConsole.Account(service, taken, ProviderConsole.Cid(7));
        var before = await DemoWorld.CountAsync(app);

        Assert.Equal((at, code), await ProviderConsole.FieldErrorAsync(() => app.Send(new AddCustomerAccount(companyA, account))));

        Assert.Equal(before, await DemoWorld.CountAsync(app));
        Assert.Equal([Demo.A1, Demo.A2, Demo.A3], (await app.Send(new GetCompany(companyA))).Accounts.Select(a => a.Number));
    }

    [Fact]
    public async Task A_number_for_an_unknown_company_or_the_providers_own_is_not_found()
    {
        await using var app = await PortalApp.StartAsync();
        var providerCompany = await ProviderConsole.ProviderCompanyIdAsync(app);
        await app.SignedInAs(DemoAccounts.ProviderAdmin);
        var account = ProviderConsole.Account(await ProviderConsole.ServiceIdAsync(app), NewNumber, ProviderConsole.Cid(7));
        var before = await DemoWorld.CountAsync(app);

        await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new AddCustomerAccount(Guid.NewGuid(), account)));
        await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new AddCustomerAccount(providerCompany, account)));

        Assert.Equal(before, await DemoWorld.CountAsync(app));
    }

    [Fact]
    public async Task A_renamed_company_is_listed_and_found_by_its_new_name()
    {
        await using var app = await PortalApp.StartAsync();
        var companyB = await ProviderConsole.CompanyIdAsync(app, Demo.B1);
        await app.SignedInAs(DemoAccounts.ProviderAdmin);
        var page = await app.Send(new GetCompany(companyB));

        await app.Send(new RenameCompany(companyB, page.Version, " Example Trading Japan K.K. ", "エグザンプルトレーディング"));

        var renamed = await app.Send(new GetCompany(companyB));
        Assert.Equal(("Example Trading Japan K.K.", "エグザンプルトレーディング"), (renamed.Name, renamed.NameKana));
        Assert.Equal(companyB, Assert.Single((await app.Send(new ListCompanies("Japan K.K."))).Items).Id);
        Assert.Empty((await app.Send(new ListCompanies("Co., Ltd."))).Items);
    }

    [Fact]
    public async Task A_rename_from_a_page_shown_before_another_rename_is_refused()
    {
        await using var app = await PortalApp.StartAsync();
        var companyB = await ProviderConsole.CompanyIdAsync(app, Demo.B1);
        await app.SignedInAs(DemoAccounts.ProviderAdmin);
        var page = await app.Send(new GetCompany(companyB));
        await app.Send(new RenameCompany(companyB, page.Version, "Example Trading Japan K.K.", null));

        var refused = await Assert.ThrowsAsync<DomainRuleException>(async () =>
            await app.Send(new RenameCompany(companyB, page.Version, "Example Holdings", null)));

        Assert.Equal("Company.ChangedMeanwhile", refused.Code);
        Assert.Equal("Example Trading Japan K.K.", (await app.Send(new GetCompany(companyB))).Name);
    }

    [Theory, Trait("Req", "TEN-1")]
    [ClassData(typeof(NotProviderAdmins))]
    public async Task A_customer_or_an_agent_cannot_rename_a_company_or_add_a_number(string userId)
    {
        await using var app = await PortalApp.StartAsync();
        var companyA = await ProviderConsole.CompanyIdAsync(app, Demo.A1);
        var account = ProviderConsole.Account(await ProviderConsole.ServiceIdAsync(app), NewNumber, ProviderConsole.Cid(7));
        var version = await app.InScopeAsync(sp => sp.Db().Companies.Where(c => c.Id == companyA).Select(c => c.Version).SingleAsync());
        await app.SignedInAs(userId);
        var before = await DemoWorld.CountAsync(app);

        await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await app.Send(new RenameCompany(companyA, version, "乗っ取り株式会社", null)));
        await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await app.Send(new AddCustomerAccount(companyA, account)));
        await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await app.Send(new GetCompany(companyA)));

        Assert.Equal(before, await DemoWorld.CountAsync(app));
        Assert.Equal("株式会社サンプル銀行", await app.InScopeAsync(sp => sp.Db().Companies.Where(c => c.Id == companyA).Select(c => c.Name).SingleAsync()));
    }
}
