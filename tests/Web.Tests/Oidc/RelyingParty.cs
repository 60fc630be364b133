using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Oidc;

/// <summary>
/// API-2: a sibling portal as it would be built: ASP.NET Core's own OpenID Connect handler (authorization code,
/// PKCE, query response mode), on a test server of its own at <see cref="OidcTesting.RelyingPartyOrigin"/>,
/// reaching the portal's discovery and token endpoints through the portal's test server.
/// </summary>
public sealed class RelyingParty : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RelyingParty(WebApplication app, HttpClient browser)
    {
        _app = app;
        Browser = browser;
    }

    /// <summary>The browser's side of the relying party (its own cookies).</summary>
    public HttpClient Browser { get; }

    public static async Task<RelyingParty> StartAsync(PortalWebFactory portal)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie()
            .AddOpenIdConnect(o =>
            {
                o.Authority = OidcTesting.Issuer;
                o.RequireHttpsMetadata = false;
                o.Backchannel = portal.CreateClient();
                o.ClientId = OidcTesting.SiblingId;
                o.ClientSecret = OidcTesting.SiblingSecret;
                o.ResponseType = "code";
                o.ResponseMode = "query";
                o.UsePkce = true;
                o.Scope.Clear();
                foreach (var scope in new[] { "openid", "profile", "email" })
                    o.Scope.Add(scope);
                o.SaveTokens = true;
                o.MapInboundClaims = false;
            });
        var app = builder.Build();
        app.UseAuthentication();
        app.MapGet("/me", async (HttpContext http) => http.User.Identity?.IsAuthenticated == true
            ? Results.Ok(new { idToken = await http.GetTokenAsync("id_token") })
            : Results.Challenge());
        app.MapGet("/logout", () => Results.SignOut(new AuthenticationProperties { RedirectUri = "/bye" },
            [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]));
        app.MapGet("/bye", () => Results.Text("signed out"));
        await app.StartAsync(TestContext.Current.CancellationToken);
        var server = app.GetTestServer();
        server.BaseAddress = new Uri(OidcTesting.RelyingPartyOrigin + "/");
#pragma warning disable CA2000 // the client owns its handlers
        var browser = new HttpClient(new CookieContainerHandler(new CookieContainer()) { InnerHandler = server.CreateHandler() })
        {
            BaseAddress = server.BaseAddress,
        };
#pragma warning restore CA2000
        return new RelyingParty(app, browser);
    }

    public async ValueTask DisposeAsync()
    {
        Browser.Dispose();
        await _app.DisposeAsync();
    }
}

/// <summary>A browser across the relying party and the portal: each keeps its cookies; redirects are followed by hand.</summary>
public sealed partial class TwoSiteBrowser(HttpClient portal, HttpClient relyingParty)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public HttpClient Portal => portal;

    /// <summary>Follows redirects from <paramref name="start"/> until an answer that is not one, or one to a portal page matching <paramref name="stop"/>.</summary>
    public async Task<(Uri Uri, HttpResponseMessage Response)> FollowAsync(Uri start, Func<Uri, bool>? stop = null)
    {
        var uri = start;
        for (var hop = 0; hop < 20; hop++)
        {
            var client = uri.Host == new Uri(OidcTesting.RelyingPartyOrigin).Host ? relyingParty : portal;
            var response = await client.GetAsync(uri, Ct);
            Uri next;
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther)
            {
                next = new Uri(uri, response.Headers.Location!);
            }
            else if (response.StatusCode == HttpStatusCode.OK && Refresh().Match(await response.Content.ReadAsStringAsync(Ct)) is { Success: true } refresh)
            {
                // The page a sign-in for a sibling ends on moves on by a refresh, as a browser follows it.
                next = new Uri(uri, WebUtility.HtmlDecode(refresh.Groups["url"].Value));
            }
            else
            {
                return (uri, response);
            }

            response.Dispose();
            if (stop?.Invoke(next) == true)
                return (next, new HttpResponseMessage(HttpStatusCode.Redirect));
            uri = next;
        }

        throw new InvalidOperationException("Too many redirects.");
    }

    [System.Text.RegularExpressions.GeneratedRegex("<meta http-equiv=\"refresh\" content=\"0;url=(?<url>[^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex Refresh();
}
