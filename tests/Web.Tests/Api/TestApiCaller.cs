using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Application.Common.Security;
using Portal.Web.Api;

namespace Portal.Web.Tests.Api;

/// <summary>
/// API-1 in tests: a machine client without the token server. The portal under test gets an authentication
/// scheme of the tests' own (<see cref="Scheme"/>: "Authorization: TestApi &lt;client id&gt; [scope …]") and the
/// API's policy bound to it, in place of the real bearer tokens; swap this file for real tokens once they exist.
/// </summary>
internal static class TestApiCaller
{
    public const string Scheme = "TestApi";

    public const string Client = "falcon-stream";

    /// <summary>The portal with the test scheme and the policy of the API re-registered on it.</summary>
    public static WebApplicationFactory<Program> WithTestApi(this WebApplicationFactory<Program> web) =>
        web.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, Handler>(Scheme, _ => { });
            services.AddAuthorization(options => options.AddPolicy(ApiAuthorization.AlertsWritePolicy,
                policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser()));
        }));

    /// <summary>A client that presents itself as <paramref name="clientId"/> with <paramref name="scope"/> on every request.</summary>
    public static HttpClient CreateApiClient(this WebApplicationFactory<Program> web, string clientId = Client, string scope = ApiScopes.AlertsWrite)
    {
        var client = web.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(Scheme, $"{clientId} {scope}");
        return client;
    }

    /// <summary>What a client-credentials token gives the portal: the client id and the granted scopes, no subject.</summary>
    private sealed class Handler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var header = Request.Headers.Authorization.ToString();
            if (!header.StartsWith(TestApiCaller.Scheme + " ", StringComparison.Ordinal))
                return Task.FromResult(AuthenticateResult.NoResult());
            var parts = header[(TestApiCaller.Scheme.Length + 1)..].Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0)
                return Task.FromResult(AuthenticateResult.Fail("No client id."));
            Claim[] claims = [new("client_id", parts[0]), new("scope", parts.Length > 1 ? parts[1] : string.Empty)];
            var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, TestApiCaller.Scheme));
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, TestApiCaller.Scheme)));
        }
    }
}

/// <summary>A class fixture: one portal with the test scheme for a test class (its demo data shared, as with <see cref="Support.PortalWebFactory"/>).</summary>
public sealed class TestApiPortal : IDisposable
{
    public TestApiPortal() => Api = Web.WithTestApi();

    public Support.PortalWebFactory Web { get; } = new();

    public WebApplicationFactory<Program> Api { get; }

    public void Dispose()
    {
        Api.Dispose();
        Web.Dispose();
    }
}
