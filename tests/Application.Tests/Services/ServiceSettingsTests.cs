using Microsoft.EntityFrameworkCore;
using Portal.Application.Admin.Commands.AddCustomerAccount;
using Portal.Application.Common.Exceptions;
using Portal.Application.Services.Queries.GetContract;
using Portal.Application.Services.Queries.ListContracts;
using Portal.Application.Tests.Admin;
using Portal.Application.Tests.Support;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Seeding;

namespace Portal.Application.Tests.Services;

/// <summary>
/// SVC-1 (guide 4.10): a contact sees the service settings of the customer numbers linked to it and no others; another
/// company's number, or an unlinked one of its own company, is the same 404 as an unknown number (TEN-1, TEN-2).
/// Provider staff see every customer's.
/// </summary>
[Trait("Req", "SVC-1")]
[Trait("Req", "TEN-1")]
public sealed class ServiceSettingsTests
{
    private static readonly string[] Everyone = [Demo.A1, Demo.A2, Demo.A3, Demo.B1, Demo.B2];

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_customer_sees_the_contracts_of_its_linked_customer_numbers_only(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await app.SignedInAs(Demo.CustomerA);

        var list = await app.Send(new ListContracts());

        Assert.Equal([Demo.A1, Demo.A2], list.Items.Select(r => r.CustomerNumber));
        Assert.Equal((2, 1, 2, 1), (list.Total, list.FirstIndex, list.LastIndex, list.PageCount));
        Assert.Equal(Demo.A2, (await app.Send(new GetContract(Demo.A2))).CustomerNumber);
        var unknown = await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new GetContract("N999999999")));
        foreach (var hidden in new[] { Demo.A3, Demo.B1 })
        {
            var refused = await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new GetContract(hidden)));
            Assert.Equal(unknown.Message, refused.Message);
        }
    }

    [Fact]
    public async Task The_admin_of_company_a_sees_its_own_linked_numbers_and_not_company_bs()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);

        var list = await app.Send(new ListContracts());

        Assert.Equal([Demo.A1, Demo.A2, Demo.A3], list.Items.Select(r => r.CustomerNumber));
        Assert.Equal(3, list.Total);
        await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new GetContract(Demo.B2)));
    }

    [Theory]
    [InlineData(DemoAccounts.Agent)]
    [InlineData(DemoAccounts.ProviderAdmin)]
    public async Task Provider_staff_see_every_customers_contracts(string userId)
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(userId);

        var list = await app.Send(new ListContracts());

        Assert.Equal(Everyone, list.Items.Select(r => r.CustomerNumber));
        Assert.Equal(Everyone.Length, list.Total);
        Assert.Equal(Demo.B1, (await app.Send(new GetContract(Demo.B1))).CustomerNumber);
    }

    [Fact]
    public async Task Another_companys_number_is_the_same_not_found_as_an_unknown_one()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerB);

        var unknown = await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new GetContract("N999999999")));
        var malformed = await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new GetContract("not-a-number")));
        var other = await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new GetContract(Demo.A1)));

        Assert.Equal(unknown.Message, other.Message);
        Assert.Equal(unknown.Message, malformed.Message);
        Assert.Equal([Demo.B1, Demo.B2], (await app.Send(new ListContracts())).Items.Select(r => r.CustomerNumber));
    }

    [Fact]
    public async Task The_detail_shows_the_seeded_contract_in_its_three_sections()
    {
        await using var app = await PortalApp.StartAsync();
        var cid = await ProviderConsole.CidOfAsync(app, Demo.A1);
        await app.SignedInAs(Demo.CustomerA);

        var detail = await app.Send(new GetContract(Demo.A1));

        Assert.Equal((Demo.A1, "本店", "CrowdStrike Falcon Mobile マネージドサービス", "CrowdStrike Falcon Mobile managed service", new DateOnly(2024, 4, 1)),
            (detail.CustomerNumber, detail.Contractor, detail.Service.Japanese, detail.Service.English, detail.StartDate));
        Assert.Equal(("Falcon for Mobile", 500), (detail.LicenceType, detail.ContractedIds));
        Assert.Equal(("SAMPLEBANK-HQ", cid), (detail.CrowdStrikeCustomerName, detail.CrowdStrikeCid));
        Assert.Matches("^[0-9A-F]{32}$", detail.CrowdStrikeCid);
        Assert.Equal((null, null, null), (detail.Platform, detail.EnrollmentMode, detail.Notes));
        var row = Assert.Single((await app.Send(new ListContracts())).Items, r => r.CustomerNumber == Demo.A1);
        Assert.Equal(new ContractRow(detail.Contractor, Demo.A1, detail.Service, detail.StartDate), row);
    }

    [Fact]
    public async Task The_falcon_mobile_settings_show_when_the_provider_has_set_them()
    {
        await using var app = await PortalApp.StartAsync();
        var accountId = await Contacts.AccountIdAsync(app, Demo.A2);
        await app.InScopeAsync(async sp =>
        {
            var contract = await sp.Db().Contracts.SingleAsync(c => c.CustomerAccountId == accountId);
            contract.ChangeFalconMobileSettings("iOS / Android", "MDM", "BYOD 端末は対象外");
            await sp.Db().SaveChangesAsync();
        });
        await app.SignedInAs(Demo.CustomerA);

        var detail = await app.Send(new GetContract(Demo.A2));

        Assert.Equal(("iOS / Android", "MDM", "BYOD 端末は対象外"), (detail.Platform, detail.EnrollmentMode, detail.Notes));
    }

    [Fact]
    public async Task The_list_pages_by_twenty_by_customer_number_with_exact_totals()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(DemoAccounts.ProviderAdmin);
        var companyB = await ProviderConsole.CompanyIdAsync(app, Demo.B1);
        var service = await ProviderConsole.ServiceIdAsync(app);
        string[] added = [.. Enumerable.Range(0, 18).Select(i => $"N3000000{i:00}")];
        foreach (var (number, i) in added.Select((n, i) => (n, i)))
            await app.Send(new AddCustomerAccount(companyB, ProviderConsole.Account(service, number, ProviderConsole.Cid(100 + i))));

        var first = await app.Send(new ListContracts());
        var second = await app.Send(new ListContracts(2));
        var beyond = await app.Send(new ListContracts(9));

        string[] all = [.. Everyone.Concat(added).Order(StringComparer.Ordinal)];
        Assert.Equal(all[..20], first.Items.Select(r => r.CustomerNumber));
        Assert.Equal(all[20..], second.Items.Select(r => r.CustomerNumber));
        Assert.Equal((23, 21, 23, 2), (second.Total, second.FirstIndex, second.LastIndex, second.PageCount));
        Assert.Equal(2, beyond.Page);
        Assert.Equal(all[20..], beyond.Items.Select(r => r.CustomerNumber));
        await app.SignedInAs(Demo.CustomerB); // the new numbers are linked to company B's admins, not to this customer
        Assert.Equal(2, (await app.Send(new ListContracts())).Total);
    }
}
