using Portal.Application.Admin.Commands.UpdateContract;
using Portal.Application.Admin.Queries.GetCompany;
using Portal.Application.Admin.Queries.GetCustomerAccount;
using Portal.Application.Common.Exceptions;
using Portal.Application.Services.Queries.GetContract;
using Portal.Application.Tests.Support;
using Portal.Domain.Common;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Seeding;

namespace Portal.Application.Tests.Admin;

/// <summary>
/// AGT-3, SVC-1: the provider changes a customer number's contract from the form it was shown; a form shown before a
/// colleague's change is refused and the colleague's change stays (NFR-4).
/// </summary>
[Trait("Req", "AGT-3")]
[Trait("Req", "SVC-1")]
public sealed class ContractTests
{
    private static readonly string NewCid = ProviderConsole.Cid(42);

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_changed_contract_is_shown_with_its_new_data(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await app.SignedInAs(DemoAccounts.ProviderAdmin);
        var form = await ProviderConsole.ContractAsync(app, Demo.A2);

        await app.Send(ProviderConsole.EditOf(form) with
        {
            DisplayName = "大阪本部",
            StartDate = new DateOnly(2025, 10, 1),
            LicenceType = "Falcon for Mobile Plus",
            ContractedIds = 180,
            CrowdStrikeCustomerName = "SAMPLEBANK-OSAKA-2",
            CrowdStrikeCid = $" {NewCid} ",
        });

        var stored = await ProviderConsole.ContractAsync(app, Demo.A2);
        Assert.Equal(("大阪本部", new DateOnly(2025, 10, 1), "Falcon for Mobile Plus", 180, "SAMPLEBANK-OSAKA-2", NewCid.ToUpperInvariant()),
            (stored.DisplayName, stored.StartDate, stored.LicenceType, stored.ContractedIds, stored.CrowdStrikeCustomerName, stored.CrowdStrikeCid));
        Assert.True(stored.Version > form.Version && stored.AccountVersion > form.AccountVersion);
        var row = Assert.Single((await app.Send(new GetCompany(form.CompanyId))).Accounts, a => a.Number == Demo.A2);
        Assert.Equal(("大阪本部", 180, NewCid.ToUpperInvariant()), (row.DisplayName, row.ContractedIds, row.CrowdStrikeCid));
    }

    [Fact, Trait("Req", "SVC-1")]
    public async Task The_falcon_mobile_settings_set_by_the_provider_are_what_the_customer_reads_and_can_be_cleared()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(DemoAccounts.ProviderAdmin);
        var form = await ProviderConsole.ContractAsync(app, Demo.A1);

        await app.Send(ProviderConsole.EditOf(form) with { Platform = "iOS / Android", EnrollmentMode = "MDM (Intune)", Notes = "BYOD 端末は対象外" });

        await app.SignedInAs(Demo.CustomerA);
        var shown = await app.Send(new GetContract(Demo.A1));
        Assert.Equal(("iOS / Android", "MDM (Intune)", "BYOD 端末は対象外"), (shown.Platform, shown.EnrollmentMode, shown.Notes));
        await app.SignedInAs(DemoAccounts.ProviderAdmin);
        var edited = await ProviderConsole.ContractAsync(app, Demo.A1);
        Assert.Equal(("iOS / Android", "MDM (Intune)", "BYOD 端末は対象外"), (edited.Platform, edited.EnrollmentMode, edited.Notes));
        await app.Send(ProviderConsole.EditOf(edited) with { Platform = " ", EnrollmentMode = null, Notes = "" });
        var cleared = await ProviderConsole.ContractAsync(app, Demo.A1);
        Assert.Equal<(string?, string?, string?)>((null, null, null), (cleared.Platform, cleared.EnrollmentMode, cleared.Notes));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_change_from_a_form_shown_before_another_change_is_refused_and_the_other_change_stays(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await app.SignedInAs(DemoAccounts.ProviderAdmin);
        var shown = await ProviderConsole.ContractAsync(app, Demo.A2);
        await app.Send(ProviderConsole.EditOf(shown) with { ContractedIds = 150 });
        var afterColleague = await ProviderConsole.ContractAsync(app, Demo.A2);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(async () =>
            await app.Send(ProviderConsole.EditOf(shown) with { LicenceType = "Falcon for Mobile Plus", ContractedIds = 90 }));

        Assert.Equal("Contract.ChangedMeanwhile", refused.Code);
        Assert.Equal(ProviderConsole.Stored(afterColleague), ProviderConsole.Stored(await ProviderConsole.ContractAsync(app, Demo.A2)));
        Assert.Equal((150, "Falcon for Mobile"), (afterColleague.ContractedIds, afterColleague.LicenceType));
    }

    [Fact]
    public async Task A_form_shown_before_the_display_name_changed_is_refused_too()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(DemoAccounts.ProviderAdmin);
        var shown = await ProviderConsole.ContractAsync(app, Demo.A2);
        await app.Send(ProviderConsole.EditOf(shown) with { DisplayName = "大阪本部" });
        var afterColleague = await ProviderConsole.ContractAsync(app, Demo.A2);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(async () =>
            await app.Send(ProviderConsole.EditOf(shown) with { ContractedIds = 90 }));

        Assert.Equal("Contract.ChangedMeanwhile", refused.Code);
        Assert.Equal(ProviderConsole.Stored(afterColleague), ProviderConsole.Stored(await ProviderConsole.ContractAsync(app, Demo.A2)));
        Assert.Equal("大阪本部", afterColleague.DisplayName);
    }

    [Fact]
    public async Task Another_contracts_CID_is_a_field_error_and_changes_nothing()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(DemoAccounts.ProviderAdmin);
        var form = await ProviderConsole.ContractAsync(app, Demo.A2);
        var cidOfB1 = await ProviderConsole.CidOfAsync(app, Demo.B1);

        Assert.Equal((nameof(UpdateContract.CrowdStrikeCid), "Cid.Taken"), await ProviderConsole.FieldErrorAsync(() =>
            app.Send(ProviderConsole.EditOf(form) with { ContractedIds = 90, CrowdStrikeCid = cidOfB1.ToLowerInvariant() })));

        Assert.Equal(ProviderConsole.Stored(form), ProviderConsole.Stored(await ProviderConsole.ContractAsync(app, Demo.A2)));
    }

    [Theory, Trait("Req", "TEN-1")]
    [ClassData(typeof(NotProviderAdmins))]
    public async Task A_customer_or_an_agent_cannot_open_or_change_a_contract(string userId)
    {
        await using var app = await PortalApp.StartAsync();
        var form = await ProviderConsole.ContractAsync(await app.SignedInAs(DemoAccounts.ProviderAdmin), Demo.A1);
        await app.SignedInAs(userId);

        await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await app.Send(new GetCustomerAccount(form.Id)));
        await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await app.Send(ProviderConsole.EditOf(form) with { ContractedIds = 10_000 }));

        await app.SignedInAs(DemoAccounts.ProviderAdmin);
        Assert.Equal(ProviderConsole.Stored(form), ProviderConsole.Stored(await ProviderConsole.ContractAsync(app, Demo.A1)));
    }
}
