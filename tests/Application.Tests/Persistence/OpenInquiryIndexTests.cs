using Microsoft.EntityFrameworkCore;
using Portal.Application.Tests.Support;
using Portal.Domain.Cases;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Persistence;

[Trait("Req", "CASE-2")]
public class OpenInquiryIndexTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Of_two_simultaneous_inquiries_for_one_customer_number_exactly_one_is_saved(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);

        var outcomes = await SaveTogetherAsync(app, CaseCategory.Service, CaseCategory.Other);

        Assert.Single(outcomes, o => o is null);
        Assert.Single(outcomes, o => o is DbUpdateException and not DbUpdateConcurrencyException);
        Assert.Equal(1, await OpenInquiriesOfA3Async(app));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Simultaneous_fault_inquiries_are_all_saved(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);

        var outcomes = await SaveTogetherAsync(app, CaseCategory.Fault, CaseCategory.Fault);

        Assert.All(outcomes, o => Assert.Null(o));
        Assert.Equal(0, await OpenInquiriesOfA3Async(app));
    }

    /// <summary>
    /// Both scopes build their inquiry (each finds no open inquiry: neither has committed) and then save
    /// at once. Returns the exception of each save, null when it succeeded.
    /// </summary>
    private static async Task<Exception?[]> SaveTogetherAsync(PortalApp app, CaseCategory first, CaseCategory second)
    {
        await using var one = app.CreateSystemScope();
        await using var two = app.CreateSystemScope();
        var now = app.Clock.GetUtcNow();
        await DemoCases.NewInquiryAsync(one.ServiceProvider, Demo.AdminA, Demo.A3, first, "同時送信 1", now);
        await DemoCases.NewInquiryAsync(two.ServiceProvider, Demo.AdminA, Demo.A3, second, "同時送信 2", now);

        return await Task.WhenAll(new[] { one, two }.Select(scope => Task.Run(async () =>
        {
            try
            {
                await scope.ServiceProvider.Db().SaveChangesAsync();
                return null;
            }
            catch (DbUpdateException ex)
            {
                return (Exception?)ex;
            }
        })));
    }

    private static Task<int> OpenInquiriesOfA3Async(PortalApp app) => app.InScopeAsync(async sp =>
    {
        var a3 = await sp.Db().CustomerAccounts.Where(a => a.Number == Demo.A3).Select(a => a.Id).SingleAsync();
        return await sp.Db().Cases.CountAsync(Case.OpenInquiryOf(a3));
    });
}
