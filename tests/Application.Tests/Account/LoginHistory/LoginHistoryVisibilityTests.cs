using Portal.Application.Account.LoginHistory;
using Portal.Application.Account.Queries.ExportLoginHistory;
using Portal.Application.Account.Queries.ListLoginHistory;
using Portal.Application.Tests.Support;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Account.LoginHistory;

/// <summary>HIST-1 / TEN-1: who sees which login events, decided in the query, with exact totals (TEN-2).</summary>
[Trait("Req", "HIST-1")]
public class LoginHistoryVisibilityTests
{
    private static readonly LoginHistoryFilter All = new();

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_customer_sees_only_its_own_events_and_the_total_counts_exactly_those(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var (contactId, _) = await LoginHistoryTruth.ContactAsync(app, Demo.CustomerA);
        var own = (await LoginHistoryTruth.AllAsync(app)).Where(e => e.ContactId == contactId).ToList();
        await app.SignedInAs(Demo.CustomerA);

        var page = await app.Send(new ListLoginHistory(All, Size: ListLoginHistory.MaxSize));

        Assert.NotEmpty(own);
        Assert.Equal(own.Count, page.Total);
        LoginHistoryTruth.AssertSame(own, page.Items);
        Assert.All(page.Items, r => Assert.Equal(Demo.CustomerA, r.UserId));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_customer_admin_sees_every_event_of_its_company_and_none_of_company_B(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var (_, companyA) = await LoginHistoryTruth.ContactAsync(app, Demo.AdminA);
        var company = (await LoginHistoryTruth.AllAsync(app)).Where(e => e.CompanyId == companyA).ToList();
        await app.SignedInAs(Demo.AdminA);

        var page = await app.Send(new ListLoginHistory(All, Size: ListLoginHistory.MaxSize));

        Assert.Equal(company.Count, page.Total);
        LoginHistoryTruth.AssertSame(company, page.Items);
        Assert.Contains(page.Items, r => r.UserId == Demo.CustomerA);
        Assert.Contains(page.Items, r => r.UserId == Demo.AdminA);
        Assert.DoesNotContain(page.Items, r => r.UserId == Demo.CustomerB);
        Assert.DoesNotContain(page.Items, r => r.UserId.StartsWith("unknown", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_agent_sees_every_event_including_failures_of_unknown_user_IDs()
    {
        await using var app = await PortalApp.StartAsync();
        var all = await LoginHistoryTruth.AllAsync(app);
        await app.SignedInAs(Demo.Agent);

        var first = await app.Send(new ListLoginHistory(All, Size: ListLoginHistory.MaxSize));
        var second = await app.Send(new ListLoginHistory(All, Page: 2, Size: ListLoginHistory.MaxSize));

        Assert.Equal(all.Count, first.Total);
        LoginHistoryTruth.AssertSame(all, [.. first.Items, .. second.Items]);
        Assert.Contains(first.Items.Concat(second.Items), r => r.UserId == "unknown.user@example.com.fm");
    }

    [Fact]
    public async Task A_customer_of_company_B_sees_none_of_company_As_events()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerB);

        var page = await app.Send(new ListLoginHistory(All, Size: ListLoginHistory.MaxSize));

        Assert.NotEmpty(page.Items);
        Assert.All(page.Items, r => Assert.Equal(Demo.CustomerB, r.UserId));
        Assert.Equal(page.Items.Count, page.Total);
    }
}
