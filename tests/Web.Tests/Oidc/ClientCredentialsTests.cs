using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Application.Integrations.Clients;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Seeding;
using Portal.Web.Api;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Oidc;

/// <summary>API-1: machine clients get access tokens with client credentials; the API policy accepts only valid tokens with the scope.</summary>
[Trait("Req", "API-1")]
public sealed class ClientCredentialsTests : IAsyncDisposable
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly OidcPortal _portal;

    public ClientCredentialsTests() => _portal = new OidcPortal(_clock);

    private PortalWebFactory Web => _portal.Web;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task A_machine_client_gets_a_token_with_the_alerts_scope_that_the_API_accepts()
    {
        var client = Web.CreateClient();
        using var response = await client.RequestTokenAsync(OidcTesting.MachineId, OidcTesting.MachineSecret, ApiAuthorization.AlertsWriteScope);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer", json.GetProperty("token_type").GetString());

        using var api = await client.CallApiAsync(json.GetProperty("access_token").GetString());

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(OidcTesting.MachineId, (await api.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("client").GetString());
    }

    [Fact]
    public async Task A_client_not_allowed_the_scope_or_the_grant_gets_no_token()
    {
        var client = Web.CreateClient();
        using var otherScope = await client.RequestTokenAsync(OidcTesting.MachineId, OidcTesting.MachineSecret, "email");
        using var sibling = await client.RequestTokenAsync(OidcTesting.SiblingId, OidcTesting.SiblingSecret, ApiAuthorization.AlertsWriteScope);
        using var wrongSecret = await client.RequestTokenAsync(OidcTesting.MachineId, "not-the-secret", ApiAuthorization.AlertsWriteScope);
        using var unknown = await client.RequestTokenAsync("nobody", "whatever", ApiAuthorization.AlertsWriteScope);

        Assert.Equal(HttpStatusCode.BadRequest, otherScope.StatusCode);
        Assert.Contains((await otherScope.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("error").GetString(), new[] { "invalid_scope", "invalid_request" });
        Assert.Equal(HttpStatusCode.BadRequest, sibling.StatusCode);
        Assert.False(wrongSecret.IsSuccessStatusCode);
        Assert.False(unknown.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Without_a_token_or_with_a_bad_one_the_API_answers_401_problem_details_not_the_login_page()
    {
        var client = Web.CreateBrowser();
        using var none = await client.CallApiAsync(null);
        using var garbage = await client.CallApiAsync("not-a-token");

        await OidcTesting.AssertProblemAsync(none, HttpStatusCode.Unauthorized);
        await OidcTesting.AssertProblemAsync(garbage, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_without_the_scope_gets_403_problem_details()
    {
        var client = Web.CreateClient();
        var token = await client.TokenAsync(OidcTesting.MachineId, OidcTesting.MachineSecret, scope: null);

        using var api = await client.CallApiAsync(token);

        await OidcTesting.AssertProblemAsync(api, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_expired_token_gets_401()
    {
        var client = Web.CreateClient();
        var token = await client.TokenAsync(OidcTesting.MachineId, OidcTesting.MachineSecret);
        using (var fresh = await client.CallApiAsync(token))
            Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);

        _clock.Advance(TimeSpan.FromMinutes(31));
        using var expired = await client.CallApiAsync(token);

        await OidcTesting.AssertProblemAsync(expired, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_disabled_client_gets_no_token_and_its_earlier_token_stops_working_at_once()
    {
        var client = Web.CreateClient();
        var token = await client.TokenAsync(DemoAccounts.MachineClient, DemoAccounts.MachineClientSecret);
        using (var before = await client.CallApiAsync(token))
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        await using (var scope = Web.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
            await scope.ServiceProvider.GetRequiredService<IApiClients>().SetEnabledAsync(DemoAccounts.MachineClient, enabled: false, Ct);
        }

        using var after = await client.CallApiAsync(token);
        using var again = await client.RequestTokenAsync(DemoAccounts.MachineClient, DemoAccounts.MachineClientSecret, ApiAuthorization.AlertsWriteScope);

        await OidcTesting.AssertProblemAsync(after, HttpStatusCode.Unauthorized);
        Assert.False(again.IsSuccessStatusCode);
    }

    [Fact]
    public async Task A_token_issued_by_one_node_validates_on_another_sharing_the_database()
    {
        var token = await Web.CreateClient().TokenAsync(OidcTesting.MachineId, OidcTesting.MachineSecret);
        await using var node2 = new PortalWebFactory
        {
            NodeOf = Web,
            Clock = _clock,
            Settings = OidcTesting.Settings(),
            TestServices = OidcTesting.AddProtectedEndpoint,
        };

        using var api = await node2.CreateClient().CallApiAsync(token);
        var token2 = await node2.CreateClient().TokenAsync(OidcTesting.MachineId, OidcTesting.MachineSecret);
        using var back = await Web.CreateClient().CallApiAsync(token2);

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    [Fact]
    public async Task Discovery_names_the_configured_issuer_and_the_endpoints()
    {
        var json = await Web.CreateClient().GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration", Ct);

        Assert.Equal(OidcTesting.Issuer, json.GetProperty("issuer").GetString());
        Assert.EndsWith("/connect/token", json.GetProperty("token_endpoint").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/connect/authorize", json.GetProperty("authorization_endpoint").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/connect/endsession", json.GetProperty("end_session_endpoint").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/connect/userinfo", json.GetProperty("userinfo_endpoint").GetString(), StringComparison.Ordinal);
        var keys = await Web.CreateClient().GetFromJsonAsync<JsonElement>(json.GetProperty("jwks_uri").GetString(), Ct);
        Assert.NotEmpty(keys.GetProperty("keys").EnumerateArray());
    }
}
