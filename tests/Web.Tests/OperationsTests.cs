using System.Net;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests;

/// <summary>NFR-5: health endpoints for the load balancer, the jobs dashboard for provider admins only.</summary>
[Trait("Req", "NFR-5")]
public sealed class OperationsTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoint_answers_Healthy_without_sign_in(string path)
    {
        var client = web.CreateBrowser();

        using var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Jobs_dashboard_is_refused_to_a_customer()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        using var response = await client.GetAsync("/jobs", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Hangfire", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jobs_dashboard_sends_an_anonymous_visitor_to_the_login_page()
    {
        var client = web.CreateBrowser();

        using var response = await client.GetAsync("/jobs", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Jobs_dashboard_opens_for_the_provider_admin()
    {
        var client = await web.LoggedInAs(DemoAccounts.ProviderAdmin);

        using var response = await client.GetAsync("/jobs", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hangfire", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
