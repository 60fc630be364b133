using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Seeding;

namespace Portal.Web.Tests.Support;

/// <summary>The portal on an in-memory test server, with clients that behave like a browser.</summary>
public sealed class PortalWebFactory : PortalHostFactory
{
    /// <summary>Test-only services (e.g. a start-up filter mapping an endpoint of the test).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ClientAddressFilter>());
        if (TestServices is not null)
            builder.ConfigureServices(TestServices);
    }

    /// <summary>
    /// A client that keeps cookies and shows redirects instead of following them; its connections come
    /// from <paramref name="address"/> when given, else from <see cref="ClientAddressFilter.Address"/>.
    /// </summary>
    public HttpClient CreateBrowser(string? address = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (address is not null)
            client.DefaultRequestHeaders.Add(ClientAddressFilter.Header, address);
        return client;
    }

    /// <summary>A client signed in through the real login form with the demo password.</summary>
    public async Task<HttpClient> LoggedInAs(string userId)
    {
        var client = CreateBrowser();
        using var response = await client.LogInAsync(userId, DemoAccounts.Password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{userId} could not sign in: {(int)response.StatusCode}");
        return client;
    }
}
