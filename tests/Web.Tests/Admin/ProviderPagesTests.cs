using System.Net;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Admin;

/// <summary>
/// AGT-3 through the real HTTP pipeline: the provider console answers 403 to customers, their admins and agents (the
/// use cases refuse them, not the pages), and opens for the provider admin.
/// </summary>
[Trait("Req", "AGT-3")]
public sealed class ProviderPagesTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    private static readonly string[] Pages = ["/Provider/Companies", "/Provider/Companies/Onboard", "/Provider/Agents", "/Provider/Agents/New"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DemoAccounts.CustomerA)]
    [InlineData(DemoAccounts.AdminA)]
    [InlineData(DemoAccounts.Agent)]
    public async Task Everyone_but_the_provider_admin_is_refused_the_provider_console(string userId)
    {
        var client = await web.LoggedInAs(userId);

        foreach (var page in Pages)
        {
            using var response = await client.GetAsync(page, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{userId} {page}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_provider_admin_opens_every_page_of_the_console()
    {
        var admin = await web.LoggedInAs(DemoAccounts.ProviderAdmin);

        foreach (var page in Pages)
        {
            using var response = await admin.GetAsync(page, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {response.StatusCode}");
        }
    }
}
