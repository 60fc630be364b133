using Microsoft.EntityFrameworkCore;
using Portal.Application.Admin.Commands.CreateAgent;
using Portal.Application.Admin.Commands.SetStaffRole;
using Portal.Application.Admin.Queries.GetStaffMember;
using Portal.Application.Admin.Queries.ListCompanies;
using Portal.Application.Admin.Queries.ListStaff;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tests.Account;
using Portal.Application.Tests.Support;
using Portal.Domain.Common;
using Portal.Domain.Contacts;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Seeding;

namespace Portal.Application.Tests.Admin;

/// <summary>
/// AGT-3: provider admins add staff members, who are told by mail, and make an agent a provider admin or back; someone
/// is always left to manage the portal.
/// </summary>
[Trait("Req", "AGT-3")]
public sealed class StaffTests
{
    private const string Email = "haruka.mori@sac.example";
    private const string UserId = "haruka.mori@sac.example.fm";

    [Theory]
    [InlineData(false, ContactRole.Agent)]
    [InlineData(true, ContactRole.ProviderAdmin)]
    public async Task A_new_staff_member_is_listed_belongs_to_no_company_and_gets_its_activation_mail(bool isProviderAdmin, ContactRole role)
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(DemoAccounts.ProviderAdmin);

        var id = await app.Send(NewMember() with { IsProviderAdmin = isProviderAdmin });

        var row = Assert.Single(await app.Send(new ListStaff()), r => r.Id == id);
        Assert.Equal(("森 遥", UserId, Email, role, true), (row.Name, row.UserId, row.Email, row.Role, row.IsActive));
        var member = await app.Send(new GetStaffMember(id));
        Assert.Equal((Language.Japanese, "セキュリティアナリスト", false), (member.Language, member.Title, member.IsLocked));
        Assert.Null(await app.InScopeAsync(sp => sp.Db().Contacts.Where(c => c.Id == id).Select(c => c.CompanyId).SingleAsync()));
        var mail = Assert.Single(await Resets.MailsAsync(app));
        Assert.Equal((Email, "カスタマーポータルのアカウントが作成されました"), (mail.To, mail.Subject));
        Assert.Contains($"ユーザーID: {UserId}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Account/Forgot?userId=haruka.mori%40sac.example.fm", mail.TextBody, StringComparison.Ordinal);
    }

    [Theory, Trait("Req", "ADM-3")]
    [InlineData(Demo.Agent)]
    [InlineData("AGENT@SAC.EXAMPLE.FM")]
    [InlineData(Demo.CustomerB)]
    [InlineData("Admin.A@Example.com.fm")]
    public async Task A_taken_user_id_is_refused_and_stores_nothing(string userId)
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(DemoAccounts.ProviderAdmin);
        var before = await DemoWorld.CountAsync(app);

        Assert.Equal((nameof(CreateAgent.UserId), "UserId.Taken"),
            await ProviderConsole.FieldErrorAsync(() => app.Send(NewMember() with { UserId = userId })));

        Assert.Equal(before, await DemoWorld.CountAsync(app));
        Assert.Empty(await Resets.MailsAsync(app));
        Assert.DoesNotContain(await app.Send(new ListStaff()), r => r.Email == Email);
    }

    [Fact]
    public async Task A_promoted_agent_uses_the_console_on_its_next_request_and_loses_it_when_demoted()
    {
        await using var app = await PortalApp.StartAsync();
        var agent = await DemoCases.ContactIdAsync(app, Demo.Agent);
        await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await (await app.SignedInAs(Demo.Agent)).Send(new ListCompanies()));

        await SetRoleAsync(app, DemoAccounts.ProviderAdmin, agent, ContactRole.ProviderAdmin);

        Assert.Equal(ContactRole.ProviderAdmin, Assert.Single(await app.Send(new ListStaff()), r => r.Id == agent).Role);
        Assert.NotEmpty((await (await app.SignedInAs(Demo.Agent)).Send(new ListCompanies())).Items);

        await SetRoleAsync(app, DemoAccounts.ProviderAdmin, agent, ContactRole.Agent);

        await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await (await app.SignedInAs(Demo.Agent)).Send(new ListCompanies()));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_last_active_provider_admin_cannot_demote_itself(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var self = await DemoCases.ContactIdAsync(app, DemoAccounts.ProviderAdmin);
        var page = await (await app.SignedInAs(DemoAccounts.ProviderAdmin)).Send(new GetStaffMember(self));

        var refused = await Assert.ThrowsAsync<DomainRuleException>(async () => await app.Send(new SetStaffRole(self, page.Version, ContactRole.Agent)));

        Assert.Equal("Contact.LastActiveAdmin", refused.Code);
        var after = await app.Send(new GetStaffMember(self));
        Assert.Equal((ContactRole.ProviderAdmin, page.Version), (after.Role, after.Version));
    }

    [Fact]
    public async Task With_a_second_provider_admin_a_provider_admin_may_step_down()
    {
        await using var app = await PortalApp.StartAsync();
        var self = await DemoCases.ContactIdAsync(app, DemoAccounts.ProviderAdmin);
        await SetRoleAsync(app, DemoAccounts.ProviderAdmin, await DemoCases.ContactIdAsync(app, Demo.Agent), ContactRole.ProviderAdmin);

        await SetRoleAsync(app, DemoAccounts.ProviderAdmin, self, ContactRole.Agent);

        await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await app.Send(new ListStaff()));
        var roles = (await (await app.SignedInAs(Demo.Agent)).Send(new ListStaff())).ToDictionary(r => r.UserId, r => r.Role);
        Assert.Equal((ContactRole.Agent, ContactRole.ProviderAdmin), (roles[DemoAccounts.ProviderAdmin], roles[Demo.Agent]));
    }

    [Fact]
    public async Task A_customer_is_no_staff_member_and_a_staff_member_gets_no_customer_role()
    {
        await using var app = await PortalApp.StartAsync();
        var customer = await app.InScopeAsync(sp => sp.Db().Contacts.AsNoTracking().SingleAsync(c => c.UserId == Demo.AdminA));
        var agent = await DemoCases.ContactIdAsync(app, Demo.Agent);
        var agentPage = await (await app.SignedInAs(DemoAccounts.ProviderAdmin)).Send(new GetStaffMember(agent));

        await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new SetStaffRole(customer.Id, customer.Version, ContactRole.ProviderAdmin)));
        Assert.Equal((nameof(SetStaffRole.Role), "Role.NotStaff"), await ProviderConsole.FieldErrorAsync(() =>
            app.Send(new SetStaffRole(agent, agentPage.Version, ContactRole.CustomerAdmin))));

        Assert.Equal(ContactRole.CustomerAdmin,
            await app.InScopeAsync(sp => sp.Db().Contacts.Where(c => c.Id == customer.Id).Select(c => c.Role).SingleAsync()));
        Assert.Equal(ContactRole.Agent, (await app.Send(new GetStaffMember(agent))).Role);
    }

    [Theory, Trait("Req", "TEN-1")]
    [ClassData(typeof(NotProviderAdmins))]
    public async Task A_customer_or_an_agent_cannot_add_staff_or_change_a_role(string userId)
    {
        await using var app = await PortalApp.StartAsync();
        var agent = await DemoCases.ContactIdAsync(app, Demo.Agent);
        var page = await (await app.SignedInAs(DemoAccounts.ProviderAdmin)).Send(new GetStaffMember(agent));
        await app.SignedInAs(userId);
        var before = await DemoWorld.CountAsync(app);

        await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await app.Send(NewMember() with { IsProviderAdmin = true }));
        await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await app.Send(new SetStaffRole(agent, page.Version, ContactRole.ProviderAdmin)));

        Assert.Equal(before, await DemoWorld.CountAsync(app));
        Assert.Equal(ContactRole.Agent, (await (await app.SignedInAs(DemoAccounts.ProviderAdmin)).Send(new GetStaffMember(agent))).Role);
    }

    private static CreateAgent NewMember() =>
        new("遥", "森", "セキュリティアナリスト", Email, "03-5555-0199", null, Language.Japanese, "Asia/Tokyo", UserId, false);

    /// <summary>The role chosen on the member's page as <paramref name="actor"/> opened it.</summary>
    private static async Task SetRoleAsync(PortalApp app, string actor, Guid member, ContactRole role)
    {
        var page = await (await app.SignedInAs(actor)).Send(new GetStaffMember(member));
        await app.Send(new SetStaffRole(member, page.Version, role));
    }
}
