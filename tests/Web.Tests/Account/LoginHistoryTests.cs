using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Interfaces;
using Portal.Domain.LoginHistory;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Account;

/// <summary>
/// AUTH-8: sign-ins, failures and logouts reach the login history. Each test browses with a user agent of
/// its own and reads back only the rows carrying it, so the tests share the portal but not their data.
/// </summary>
[Trait("Req", "AUTH-8")]
public sealed class LoginHistoryTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    [Fact]
    public async Task Successful_login_is_recorded_with_user_ID_IP_address_and_user_agent()
    {
        var (client, agent) = Browser();

        using var response = await client.LogInAsync(DemoAccounts.CustomerA, DemoAccounts.Password);

        var row = Assert.Single(await HistoryAsync(agent));
        Assert.Equal((LoginEventKind.LoginSucceeded, DemoAccounts.CustomerA), (row.Kind, row.UserId));
        Assert.NotNull(row.ContactId);
        Assert.NotNull(row.CompanyId);
        Assert.Equal(ClientAddressFilter.Address.ToString(), row.IpAddress);
    }

    [Fact]
    public async Task Failed_login_of_an_unknown_user_ID_is_recorded_as_typed()
    {
        var (client, agent) = Browser();

        using var response = await client.LogInAsync("intruder@example.com.fm", DemoAccounts.Password);

        var row = Assert.Single(await HistoryAsync(agent));
        Assert.Equal((LoginEventKind.LoginFailed, "intruder@example.com.fm", (Guid?)null), (row.Kind, row.UserId, row.ContactId));
    }

    [Fact]
    public async Task Logout_is_recorded_after_the_login()
    {
        var (client, agent) = Browser();
        using var login = await client.LogInAsync(DemoAccounts.AdminA, DemoAccounts.Password);

        using var logout = await client.LogOutAsync();

        Assert.Equal([LoginEventKind.LoginSucceeded, LoginEventKind.Logout], (await HistoryAsync(agent)).Select(e => e.Kind));
    }

    [Fact]
    public async Task Fifth_wrong_password_is_recorded_as_a_lockout()
    {
        var (client, agent) = Browser();

        for (var attempt = 1; attempt <= 5; attempt++)
            (await client.LogInAsync(DemoAccounts.CustomerB, $"Wrong-Password-{attempt}!")).Dispose();

        Assert.Equal([.. Enumerable.Repeat(LoginEventKind.LoginFailed, 4), LoginEventKind.LockedOut],
            (await HistoryAsync(agent)).Select(e => e.Kind));
    }

    private (HttpClient Client, string UserAgent) Browser()
    {
        var client = web.CreateBrowser();
        var agent = $"PortalWebTests/{Guid.NewGuid():N}";
        client.DefaultRequestHeaders.UserAgent.ParseAdd(agent);
        return (client, agent);
    }

    private async Task<List<LoginEvent>> HistoryAsync(string userAgent)
    {
        await using var scope = web.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        var rows = await db.LoginEvents.AsNoTracking().Where(e => e.UserAgent == userAgent).ToListAsync(TestContext.Current.CancellationToken);
        return [.. rows.OrderBy(e => e.OccurredAt)];
    }
}
