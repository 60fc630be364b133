using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Interfaces;
using Portal.Domain.LoginHistory;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Account;

/// <summary>
/// AUTH-10 behind a load balancer: the client's address comes from X-Forwarded-For only when the hop that
/// sent it is trusted (loopback by default: nginx on the same host); anyone else's header is ignored.
/// </summary>
[Trait("Req", "AUTH-10")]
public sealed class ProxyTests(PortalWebFactory shared) : IClassFixture<PortalWebFactory>
{
    private const string Client = "203.0.113.7";

    [Fact, Trait("Req", "AUTH-8")]
    public async Task Behind_a_proxy_on_loopback_the_login_history_records_the_forwarded_client_address()
    {
        var web = shared;
        var (browser, agent) = Browser(web, "127.0.0.1", forwardedFor: Client);

        using var response = await browser.LogInAsync(DemoAccounts.CustomerA, DemoAccounts.Password);

        Assert.Equal("/", response.RedirectTarget());
        Assert.Equal(Client, Assert.Single(await HistoryAsync(web, agent)).IpAddress);
    }

    [Fact, Trait("Req", "AUTH-8")]
    public async Task A_forwarded_address_from_an_untrusted_sender_is_ignored()
    {
        var web = shared;
        var (browser, agent) = Browser(web, ClientAddressFilter.Address.ToString(), forwardedFor: Client);

        using var response = await browser.LogInAsync(DemoAccounts.CustomerA, DemoAccounts.Password);

        Assert.Equal(ClientAddressFilter.Address.ToString(), Assert.Single(await HistoryAsync(web, agent)).IpAddress);
    }

    [Fact]
    public async Task A_proxy_named_in_the_settings_is_trusted_and_loopback_still_is()
    {
        await using var web = new PortalWebFactory
        {
            Settings = new Dictionary<string, string> { ["Network:KnownNetworks:0"] = "10.0.0.0/8", ["Network:KnownProxies:0"] = "192.0.2.99" },
        };
        var (viaNetwork, agent1) = Browser(web, "10.1.2.3", forwardedFor: Client);
        var (viaProxy, agent2) = Browser(web, "192.0.2.99", forwardedFor: "203.0.113.8");
        // The load balancer adds the client, nginx on the host adds the load balancer: both hops are trusted.
        var (chain, agent3) = Browser(web, "127.0.0.1", forwardedFor: "203.0.113.9, 10.1.2.3");

        (await viaNetwork.LogInAsync(DemoAccounts.CustomerA, DemoAccounts.Password)).Dispose();
        (await viaProxy.LogInAsync(DemoAccounts.CustomerA, DemoAccounts.Password)).Dispose();
        (await chain.LogInAsync(DemoAccounts.CustomerA, DemoAccounts.Password)).Dispose();

        Assert.Equal(Client, Assert.Single(await HistoryAsync(web, agent1)).IpAddress);
        Assert.Equal("203.0.113.8", Assert.Single(await HistoryAsync(web, agent2)).IpAddress);
        Assert.Equal("203.0.113.9", Assert.Single(await HistoryAsync(web, agent3)).IpAddress);
    }

    [Fact]
    public async Task A_client_cannot_pass_itself_off_as_another_through_the_proxy()
    {
        var web = shared;
        // nginx appends the address it saw to whatever the client sent: only the last entry is its word.
        var (browser, agent) = Browser(web, "127.0.0.1", forwardedFor: "198.51.100.200, " + Client);

        (await browser.LogInAsync(DemoAccounts.CustomerA, DemoAccounts.Password)).Dispose();

        Assert.Equal(Client, Assert.Single(await HistoryAsync(web, agent)).IpAddress);
    }

    [Fact]
    public async Task The_scheme_forwarded_by_a_trusted_proxy_makes_the_sign_in_cookie_secure()
    {
        var web = shared;
        var (browser, _) = Browser(web, "127.0.0.1", forwardedFor: Client);
        browser.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        using var response = await browser.LogInAsync(DemoAccounts.CustomerA, DemoAccounts.Password);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("portal.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private static (HttpClient Client, string UserAgent) Browser(PortalWebFactory web, string connection, string forwardedFor)
    {
        var client = web.CreateBrowser(connection);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        var agent = $"PortalWebTests/{Guid.NewGuid():N}";
        client.DefaultRequestHeaders.UserAgent.ParseAdd(agent);
        return (client, agent);
    }

    private static async Task<List<LoginEvent>> HistoryAsync(PortalWebFactory web, string userAgent)
    {
        await using var scope = web.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        return await db.LoginEvents.AsNoTracking().Where(e => e.UserAgent == userAgent).ToListAsync(TestContext.Current.CancellationToken);
    }
}
