using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Portal.Browser.Tests.Support;
using Portal.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>
/// API-2 in a real browser: a sibling portal (ASP.NET Core's OpenID Connect handler on Kestrel, another origin) sends
/// the user to the portal, who signs in on the portal's login page and comes back signed in; the browser applies the
/// portal's Content Security Policy to the whole redirect chain after the login form, so this is where a policy too
/// strict for single sign-on would show. Then the sibling's sign-out ends the portal's session too.
/// </summary>
[Trait("Req", "API-2")]
[Trait("Req", "UI-5")]
public sealed class SingleSignOnTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    private const string ClientId = "browser-rp";
    private const string Secret = "browser-rp-secret-0123456789";

    [Fact]
    public async Task A_sibling_portal_signs_the_user_in_through_the_portals_login_and_out_again()
    {
        string? authority = null;
        var sibling = Serve(await SiblingAsync(() => authority!)); // stopped after the pages' audits, which visit it again
        var portal = Serve(new PortalServer(settings: new Dictionary<string, string>
        {
            ["Oidc:Clients:0:ClientId"] = ClientId,
            ["Oidc:Clients:0:DisplayName"] = "Browser test sibling portal",
            ["Oidc:Clients:0:Kind"] = "Sibling",
            ["Oidc:Clients:0:Secret"] = Secret,
            ["Oidc:Clients:0:RedirectUris:0"] = sibling.Url + "signin-oidc",
            ["Oidc:Clients:0:PostLogoutRedirectUris:0"] = sibling.Url + "signout-callback-oidc",
        }));
        authority = portal.Address.ToString();
        var page = await NewPageAsync();
        var errors = await PageErrors.RecordAsync(page);

        await page.GotoAsync(sibling.Url + "me");
        await page.Locator("#user-id").FillAsync(DemoAccounts.CustomerA);
        await page.Locator("#password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "ログイン", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(sibling.Url + "me");

        await Expect(page.Locator("body")).ToContainTextAsync("signed in as " + DemoAccounts.CustomerA);
        await page.GotoAsync(sibling.Url + "logout");
        await page.WaitForURLAsync(sibling.Url + "bye");
        await page.GotoAsync(portal.Url("/Cases"));
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
        Assert.Empty(errors);
    }

    /// <summary>The sibling portal on a free loopback port; its authority (the portal's address) is read when first needed.</summary>
    private static async Task<Sibling> SiblingAsync(Func<string> authority)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie()
            .AddOpenIdConnect(o =>
            {
                o.ClientId = ClientId;
                o.ClientSecret = Secret;
                o.ResponseType = "code";
                o.ResponseMode = "query";
                o.UsePkce = true;
                o.RequireHttpsMetadata = false;
                o.MapInboundClaims = false;
                o.SaveTokens = true;
                o.Scope.Clear();
                foreach (var scope in new[] { "openid", "profile", "email" })
                    o.Scope.Add(scope);
            });
        // Read when the options are first built (the first request), before the handler's own post-configuration.
        builder.Services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o => o.Authority = authority());
        var app = builder.Build();
        app.UseAuthentication();
        app.MapGet("/me", (HttpContext http) => http.User.Identity?.IsAuthenticated == true
            ? Html($"signed in as {http.User.FindFirst("preferred_username")?.Value}")
            : Results.Challenge());
        app.MapGet("/logout", () => Results.SignOut(new AuthenticationProperties { RedirectUri = "/bye" },
            [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]));
        app.MapGet("/bye", () => Html("signed out"));
        app.MapGet("/favicon.ico", () => Results.NoContent());
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new Sibling(app, address.TrimEnd('/') + "/");
    }

    /// <summary>A page of the sibling portal, a proper document (the audit checks every page the browser visits).</summary>
    private static IResult Html(string text) => Results.Content(
        $"<!DOCTYPE html><html lang=\"en\"><head><title>Sibling portal</title></head><body><main><h1>Sibling portal</h1><p>{System.Net.WebUtility.HtmlEncode(text)}</p></main></body></html>",
        "text/html");

    private sealed class Sibling(WebApplication app, string url) : IAsyncDisposable
    {
        public string Url => url;

        public ValueTask DisposeAsync() => app.DisposeAsync();
    }
}
