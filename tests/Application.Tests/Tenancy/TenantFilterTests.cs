using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Interfaces;
using Portal.Application.Tests.Support;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Tenancy;

[Trait("Req", "TEN-1")]
public class TenantFilterTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_customer_reads_only_cases_of_its_linked_customer_numbers_with_an_exact_count(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var truth = await CasesPerAccountAsync(app);
        await app.SignedInAs(Demo.CustomerA);

        var seen = await VisibleAsync(app, truth);

        Assert.Equal([Demo.A1, Demo.A2], seen.Accounts);
        Assert.Equal(truth[Demo.A1] + truth[Demo.A2], seen.Rows);
        Assert.Equal(seen.Rows, seen.Count);
        Assert.Equal([Demo.A1, Demo.A2], seen.CustomerAccounts);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_customer_of_another_company_reads_only_its_own_companys_cases(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var truth = await CasesPerAccountAsync(app);
        await app.SignedInAs(Demo.CustomerB);

        var seen = await VisibleAsync(app, truth);

        Assert.Equal([Demo.B1, Demo.B2], seen.CustomerAccounts);
        Assert.All(seen.Accounts, number => Assert.Contains(number, new[] { Demo.B1, Demo.B2 }));
        Assert.Equal(truth.Where(t => t.Key is Demo.B1 or Demo.B2).Sum(t => t.Value), seen.Rows);
        Assert.Equal(seen.Rows, seen.Count);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_agent_reads_every_customers_cases(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var truth = await CasesPerAccountAsync(app);
        await app.SignedInAs(Demo.Agent);

        var seen = await VisibleAsync(app, truth);

        Assert.Equal(truth.Keys.Order(), seen.Accounts);
        Assert.Equal(truth.Values.Sum(), seen.Rows);
        Assert.Equal(seen.Rows, seen.Count);
    }

    /// <summary>The number of cases per customer number, read as the system (no tenant filter applies).</summary>
    private static Task<Dictionary<string, int>> CasesPerAccountAsync(PortalApp app) => app.InScopeAsync(async sp =>
    {
        var db = sp.Db();
        var accounts = await db.CustomerAccounts.ToDictionaryAsync(a => a.Id, a => a.Number);
        var cases = await db.Cases.Select(c => c.CustomerAccountId).ToListAsync();
        return cases.GroupBy(id => accounts[id]).ToDictionary(g => g.Key, g => g.Count());
    });

    private sealed record Visible(IReadOnlyList<string> Accounts, int Rows, int Count, IReadOnlyList<string> CustomerAccounts);

    /// <summary>What the signed-in user's IApplicationDbContext returns: rows, their accounts, Count() and the accounts set.</summary>
    private static async Task<Visible> VisibleAsync(PortalApp app, Dictionary<string, int> truth)
    {
        var numbers = await app.InScopeAsync(sp => sp.Db().CustomerAccounts.ToDictionaryAsync(a => a.Id, a => a.Number));
        Assert.NotEmpty(truth);
        return await app.InUserScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<IApplicationDbContext>();
            var rows = await db.Cases.Select(c => c.CustomerAccountId).ToListAsync();
            var accounts = await db.CustomerAccounts.Select(a => a.Number).ToListAsync();
            return new Visible(rows.Select(id => numbers[id]).Distinct().Order().ToList(), rows.Count, await db.Cases.CountAsync(),
                accounts.Order().ToList());
        });
    }
}
