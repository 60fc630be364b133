using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Oidc;

/// <summary>
/// API-2: single sign-on for sibling portals: a real relying party signs a user in through the portal's own
/// login (second factor included) with authorization code + PKCE, and signs out again (RP-initiated logout).
/// </summary>
[Trait("Req", "API-2")]
public sealed class SingleSignOnTests : IAsyncDisposable
{
    private readonly Mailbox _mail = new();
    private readonly OidcPortal _portal;

    public SingleSignOnTests() => _portal = new OidcPortal(smtpPort: _mail.Port);

    private PortalWebFactory Web => _portal.Web;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        await _portal.DisposeAsync();
        _mail.Dispose();
    }

    private static bool AtPortalPage(Uri uri) => uri.Host == "localhost" && uri.AbsolutePath.StartsWith("/Account/", StringComparison.Ordinal);

    /// <summary>From the relying party's protected page through the portal's login (and second factor) back to it; the id_token it holds.</summary>
    private async Task<JsonElement> SignInAsync(TwoSiteBrowser browser, RelyingParty rp, string userId, bool mfa)
    {
        var (login, _) = await browser.FollowAsync(new Uri(rp.Browser.BaseAddress!, "/me"), AtPortalPage);
        Assert.Equal("/Account/Login", login.AbsolutePath);
        var returnUrl = QueryHelpers.ParseQuery(login.Query)["ReturnUrl"].ToString();
        Assert.StartsWith("/connect/authorize", returnUrl, StringComparison.Ordinal);

        using var signedIn = await browser.Portal.SubmitAsync(login.PathAndQuery,
            new Dictionary<string, string> { ["UserId"] = userId, ["Password"] = DemoAccounts.Password, ["ReturnUrl"] = returnUrl });
        var next = new Uri(login, signedIn.Headers.Location!);
        if (mfa)
        {
            Assert.Equal("/Account/Mfa", next.AbsolutePath);
            using (var chosen = await browser.Portal.SubmitAsync(next.PathAndQuery,
                new Dictionary<string, string> { ["method"] = "EmailCode", ["ReturnUrl"] = returnUrl }, "/Account/Mfa?handler=Choose"))
                Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
            await _mail.DeliverAsync(Web, _mail.Count + 1);
            using var verified = await browser.Portal.SubmitAsync($"/Account/Mfa?method=EmailCode&returnUrl={Uri.EscapeDataString(returnUrl)}",
                new Dictionary<string, string>
                {
                    ["Method"] = "EmailCode",
                    ["Code"] = _mail.LatestCodeFor("mfa.a@example.com"),
                    ["RememberBrowser"] = "false",
                    ["ReturnUrl"] = returnUrl,
                },
                "/Account/Mfa?handler=Verify");
            next = new Uri(login, verified.Headers.Location!);
        }

        // The sign-in ends on a page of the portal's own, which moves on to the authorize endpoint by a refresh: a
        // browser applies the login form's form-action 'self' to every redirect after the post (SignedInRedirect).
        Assert.Equal("/Account/Continue", next.AbsolutePath);
        Assert.Equal(returnUrl, QueryHelpers.ParseQuery(next.Query)["returnUrl"].ToString());
        var (back, page) = await browser.FollowAsync(next);
        using (page)
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal(OidcTesting.RelyingPartyOrigin + "/me", back.GetLeftPart(UriPartial.Path));
            var me = await page.Content.ReadFromJsonAsync<JsonElement>(Ct);
            return OidcTesting.Payload(me.GetProperty("idToken").GetString()!);
        }
    }

    [Fact]
    public async Task A_sibling_portal_signs_a_user_with_MFA_in_with_code_and_PKCE_and_gets_the_users_claims()
    {
        await using var rp = await RelyingParty.StartAsync(Web);
        var browser = new TwoSiteBrowser(Web.CreateBrowser(), rp.Browser);

        var idToken = await SignInAsync(browser, rp, DemoAccounts.MfaCustomerA, mfa: true);

        Assert.Equal(OidcTesting.Issuer, idToken.GetProperty("iss").GetString());
        Assert.Equal(OidcTesting.SiblingId, idToken.GetProperty("aud").GetString());
        Assert.True(Guid.TryParse(idToken.GetProperty("sub").GetString(), out _));
        Assert.Equal(DemoAccounts.MfaCustomerA, idToken.GetProperty("preferred_username").GetString());
        Assert.Equal("鈴木 次郎", idToken.GetProperty("name").GetString());
        Assert.Equal("mfa.a@example.com", idToken.GetProperty("email").GetString());
        Assert.Equal("ja", idToken.GetProperty("locale").GetString());
        Assert.True(Guid.TryParse(idToken.GetProperty("company_id").GetString(), out _));
        Assert.Equal("株式会社サンプル銀行", idToken.GetProperty("company_name").GetString());
    }

    [Fact]
    public async Task Signing_out_at_the_sibling_ends_the_portal_session_and_returns_to_the_registered_uri()
    {
        await using var rp = await RelyingParty.StartAsync(Web);
        var browser = new TwoSiteBrowser(Web.CreateBrowser(), rp.Browser);
        var idToken = await SignInAsync(browser, rp, DemoAccounts.CustomerB, mfa: false);
        Assert.Equal("en", idToken.GetProperty("locale").GetString());
        using (var home = await browser.Portal.GetAsync("/", Ct))
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);

        var visited = new List<Uri>();
        var (end, page) = await browser.FollowAsync(new Uri(rp.Browser.BaseAddress!, "/logout"), uri =>
        {
            visited.Add(uri);
            return false;
        });

        using (page)
        {
            Assert.Equal(OidcTesting.RelyingPartyOrigin + "/bye", end.GetLeftPart(UriPartial.Path));
            Assert.Contains(visited, u => u.AbsolutePath == "/connect/endsession" && u.Query.Contains("id_token_hint=", StringComparison.Ordinal));
            Assert.Contains(visited, u => u.GetLeftPart(UriPartial.Path) == OidcTesting.PostLogoutUri);
        }

        using var after = await browser.Portal.GetAsync("/", Ct);
        Assert.StartsWith("/Account/Login", after.RedirectTarget(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_needs_an_id_token_hint_and_redirects_only_to_a_registered_uri()
    {
        var browser = await Web.LoggedInAs(DemoAccounts.CustomerA);
        var (code, verifier) = await AuthorizeAsync(browser, "openid");
        var tokens = await RedeemAsync(Web.CreateClient(), code, verifier);
        var idToken = tokens.GetProperty("id_token").GetString()!;

        using var noHint = await browser.GetAsync($"/connect/endsession?post_logout_redirect_uri={Uri.EscapeDataString(OidcTesting.PostLogoutUri)}", Ct);
        using var elsewhere = await browser.GetAsync(
            $"/connect/endsession?id_token_hint={idToken}&post_logout_redirect_uri={Uri.EscapeDataString("https://evil.test/")}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, noHint.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
        using var stillIn = await browser.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
    }

    [Fact]
    public async Task A_code_is_redeemable_once_and_only_with_its_PKCE_verifier()
    {
        var browser = await Web.LoggedInAs(DemoAccounts.CustomerA);
        var backchannel = Web.CreateClient();

        var (code, verifier) = await AuthorizeAsync(browser, "openid profile");
        using var noVerifier = await RedeemRawAsync(backchannel, code, verifier: null);
        Assert.Equal(HttpStatusCode.BadRequest, noVerifier.StatusCode);

        (code, verifier) = await AuthorizeAsync(browser, "openid profile");
        var tokens = await RedeemAsync(backchannel, code, verifier);
        // The access token reads the user's claims back at userinfo.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/connect/userinfo");
        request.Headers.Authorization = new("Bearer", tokens.GetProperty("access_token").GetString());
        using var userinfo = await backchannel.SendAsync(request, Ct);
        var body = await userinfo.Content.ReadAsStringAsync(Ct);
        Assert.True(userinfo.StatusCode == HttpStatusCode.OK, $"userinfo: {(int)userinfo.StatusCode} {userinfo.Headers.WwwAuthenticate} {body[..Math.Min(300, body.Length)]}");
        var claims = JsonDocument.Parse(body).RootElement;
        Assert.Equal(DemoAccounts.CustomerA, claims.GetProperty("preferred_username").GetString());
        Assert.False(claims.TryGetProperty("email", out _)); // the email scope was not asked for

        using var twice = await RedeemRawAsync(backchannel, code, verifier);

        Assert.Equal(DemoAccounts.CustomerA, OidcTesting.Payload(tokens.GetProperty("id_token").GetString()!).GetProperty("preferred_username").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Equal("invalid_grant", (await twice.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("error").GetString());
        // A replayed code revokes what it gave.
        using var replayed = new HttpRequestMessage(HttpMethod.Get, "/connect/userinfo");
        replayed.Headers.Authorization = new("Bearer", tokens.GetProperty("access_token").GetString());
        using (var after = await backchannel.SendAsync(replayed, Ct))
            Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task A_wrong_redirect_uri_a_missing_code_challenge_and_an_unknown_client_are_refused()
    {
        var browser = await Web.LoggedInAs(DemoAccounts.CustomerA);
        var challenge = Challenge(NewVerifier());

        using var wrongRedirect = await browser.GetAsync(AuthorizeUrl(OidcTesting.SiblingId, "https://rp.test/elsewhere", challenge), Ct);
        using var unknown = await browser.GetAsync(AuthorizeUrl("nobody", OidcTesting.RedirectUri, challenge), Ct);
        using var noPkce = await browser.GetAsync(AuthorizeUrl(OidcTesting.SiblingId, OidcTesting.RedirectUri, challenge: null), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, wrongRedirect.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        // A valid redirect URI: the refusal goes back to the client, with no code.
        var refused = noPkce.StatusCode == HttpStatusCode.BadRequest
            || (noPkce.Headers.Location is { } location && location.Query.Contains("error=invalid_request", StringComparison.Ordinal)
                && !location.Query.Contains("code=", StringComparison.Ordinal));
        Assert.True(refused, $"no PKCE: {(int)noPkce.StatusCode} {noPkce.Headers.Location}");
    }

    private static string NewVerifier() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    private static string Challenge(string verifier) => WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    private static string AuthorizeUrl(string clientId, string redirectUri, string? challenge, string scope = "openid profile")
    {
        var url = $"/connect/authorize?client_id={clientId}&response_type=code&scope={Uri.EscapeDataString(scope)}"
            + $"&redirect_uri={Uri.EscapeDataString(redirectUri)}&state=s123&nonce=n123";
        return challenge is null ? url : url + $"&code_challenge={challenge}&code_challenge_method=S256";
    }

    private static async Task<(string Code, string Verifier)> AuthorizeAsync(HttpClient browser, string scope)
    {
        var verifier = NewVerifier();
        using var response = await browser.GetAsync(AuthorizeUrl(OidcTesting.SiblingId, OidcTesting.RedirectUri, Challenge(verifier), scope), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal(OidcTesting.RedirectUri, location.GetLeftPart(UriPartial.Path));
        return (QueryHelpers.ParseQuery(location.Query)["code"].ToString(), verifier);
    }

    private static async Task<HttpResponseMessage> RedeemRawAsync(HttpClient client, string code, string? verifier)
    {
        var fields = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = OidcTesting.RedirectUri,
            ["client_id"] = OidcTesting.SiblingId,
            ["client_secret"] = OidcTesting.SiblingSecret,
        };
        if (verifier is not null)
            fields["code_verifier"] = verifier;
        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync("/connect/token", form, Ct);
    }

    private static async Task<JsonElement> RedeemAsync(HttpClient client, string code, string verifier)
    {
        using var response = await RedeemRawAsync(client, code, verifier);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"redeem: {(int)response.StatusCode} {json}");
        return json;
    }
}
