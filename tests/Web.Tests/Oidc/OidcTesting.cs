using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Api;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Oidc;

/// <summary>The clients the OIDC tests register through "Oidc:Clients", and helpers to get and use tokens.</summary>
public static class OidcTesting
{
    public const string Issuer = "http://localhost/";
    public const string RelyingPartyOrigin = "https://rp.test";
    public const string SiblingId = "test-rp";
    public const string SiblingSecret = "test-rp-secret-0123456789";
    public const string RedirectUri = RelyingPartyOrigin + "/signin-oidc";
    public const string PostLogoutUri = RelyingPartyOrigin + "/signout-callback-oidc";
    public const string MachineId = "test-machine";
    public const string MachineSecret = "test-machine-secret-0123456789";

    /// <summary>An API endpoint of the test host only, behind the alerts policy; it answers the caller's client id.</summary>
    public const string ProtectedPath = "/api/test/alerts";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Dictionary<string, string> Settings() => new()
    {
        ["Oidc:Issuer"] = Issuer,
        ["Oidc:Clients:0:ClientId"] = SiblingId,
        ["Oidc:Clients:0:DisplayName"] = "Test sibling portal",
        ["Oidc:Clients:0:Kind"] = "Sibling",
        ["Oidc:Clients:0:Secret"] = SiblingSecret,
        ["Oidc:Clients:0:RedirectUris:0"] = RedirectUri,
        ["Oidc:Clients:0:PostLogoutRedirectUris:0"] = PostLogoutUri,
        ["Oidc:Clients:1:ClientId"] = MachineId,
        ["Oidc:Clients:1:DisplayName"] = "Test connector",
        ["Oidc:Clients:1:Kind"] = "Machine",
        ["Oidc:Clients:1:Secret"] = MachineSecret,
    };

    /// <summary>Maps <see cref="ProtectedPath"/> after the portal's own pipeline (requests the portal does not route fall through to it).</summary>
    public static void AddProtectedEndpoint(IServiceCollection services) => services.AddTransient<IStartupFilter, ProtectedEndpoint>();

    public static async Task<HttpResponseMessage> RequestTokenAsync(this HttpClient client, string clientId, string secret, string? scope)
    {
        var fields = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret };
        if (scope is not null)
            fields["scope"] = scope;
        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync("/connect/token", form, Ct);
    }

    public static async Task<string> TokenAsync(this HttpClient client, string clientId, string secret, string? scope = ApiAuthorization.AlertsWriteScope)
    {
        using var response = await client.RequestTokenAsync(clientId, secret, scope);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"token request: {(int)response.StatusCode} {json}");
        return json.GetProperty("access_token").GetString()!;
    }

    public static async Task<HttpResponseMessage> CallApiAsync(this HttpClient client, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ProtectedPath);
        if (token is not null)
            request.Headers.Authorization = new("Bearer", token);
        return await client.SendAsync(request, Ct);
    }

    /// <summary>The payload of a JWT (the id_token is signed, not encrypted).</summary>
    public static JsonElement Payload(string jwt)
    {
        var part = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        part = part.PadRight(part.Length + ((4 - (part.Length % 4)) % 4), '=');
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(part))).RootElement.Clone();
    }

    /// <summary>Asserts an RFC 9457 answer of <paramref name="status"/>.</summary>
    public static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    private sealed class ProtectedEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.UseRouting();
            app.UseAuthorization();
            app.UseEndpoints(endpoints => endpoints.MapPost(ProtectedPath, (HttpContext http) => Results.Ok(new { client = http.User.FindFirst("client_id")?.Value }))
                .RequireAuthorization(ApiAuthorization.AlertsWritePolicy));
        };
    }
}

/// <summary>A portal with the test clients and the test endpoint (one per test class).</summary>
public sealed class OidcPortal : IAsyncDisposable
{
    public OidcPortal(Microsoft.Extensions.Time.Testing.FakeTimeProvider? clock = null, int? smtpPort = null) =>
        Web = new PortalWebFactory { Settings = OidcTesting.Settings(), TestServices = OidcTesting.AddProtectedEndpoint, Clock = clock, SmtpPort = smtpPort };

    public PortalWebFactory Web { get; }

    public ValueTask DisposeAsync() => Web.DisposeAsync();
}
