using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.Web.Tests.Oidc;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Api;

/// <summary>
/// API-1 in tests: machine clients as they are in production, with a client-credentials token from the portal's own
/// token endpoint sent as a bearer token. Two machine clients are registered (for the per-client limit).
/// </summary>
internal static class ApiCaller
{
    public const string OtherClient = "test-machine-2";
    public const string OtherSecret = "test-machine-2-secret-0123456789";

    /// <summary>The OIDC test clients plus a second machine client, and <paramref name="extra"/> settings.</summary>
    public static Dictionary<string, string> Settings(IReadOnlyDictionary<string, string>? extra = null)
    {
        var settings = OidcTesting.Settings();
        settings["Oidc:Clients:2:ClientId"] = OtherClient;
        settings["Oidc:Clients:2:DisplayName"] = "Second test connector";
        settings["Oidc:Clients:2:Kind"] = "Machine";
        settings["Oidc:Clients:2:Secret"] = OtherSecret;
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
            settings[key] = value;
        return settings;
    }

    /// <summary>A client holding a fresh token of <paramref name="clientId"/> for the alerts scope on every request.</summary>
    public static async Task<HttpClient> CreateApiClientAsync(this PortalWebFactory web, string clientId = OidcTesting.MachineId,
        string secret = OidcTesting.MachineSecret)
    {
        var client = web.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = await client.TokenAsync(clientId, secret);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

/// <summary>A class fixture: one portal with the API's test clients for a test class (its demo data shared, as with <see cref="PortalWebFactory"/>).</summary>
public sealed class TestApiPortal : IDisposable
{
    public PortalWebFactory Web { get; } = new() { Settings = ApiCaller.Settings() };

    public void Dispose() => Web.Dispose();
}
