namespace Portal.Application.Integrations.Clients;

/// <summary>API-1, API-2: what a client of the portal's OpenID Connect server is for.</summary>
public enum ApiClientKind
{
    /// <summary>A connector or other program posting to the API with client credentials.</summary>
    Machine,

    /// <summary>A sibling portal signing its users in with the portal's accounts (authorization code + PKCE).</summary>
    Sibling,
}

/// <summary>A registered client as the provider's admins see it; never its secret.</summary>
public sealed record ApiClientRow(
    Guid Id,
    string ClientId,
    string DisplayName,
    ApiClientKind Kind,
    IReadOnlyList<string> Scopes,
    bool Enabled,
    DateTimeOffset? CreatedAt,
    IReadOnlyList<string> RedirectUris,
    IReadOnlyList<string> PostLogoutRedirectUris);

/// <summary>A client to register.</summary>
public sealed record NewApiClient(
    string ClientId,
    string DisplayName,
    ApiClientKind Kind,
    IReadOnlyList<Uri> RedirectUris,
    IReadOnlyList<Uri> PostLogoutRedirectUris);

/// <summary>The clients of the portal's OpenID Connect server (implemented over its application store).</summary>
public interface IApiClients
{
    Task<IReadOnlyList<ApiClientRow>> ListAsync(CancellationToken cancellationToken);

    Task<ApiClientRow?> FindAsync(string clientId, CancellationToken cancellationToken);

    /// <summary>Registers the client with <paramref name="secret"/> (stored hashed only).</summary>
    Task<ApiClientRow> CreateAsync(NewApiClient client, string secret, CancellationToken cancellationToken);

    /// <summary>Replaces the client's secret: the old one stops working at once.</summary>
    Task SetSecretAsync(string clientId, string secret, CancellationToken cancellationToken);

    /// <summary>Disables or enables the client; disabling revokes every token it holds.</summary>
    Task SetEnabledAsync(string clientId, bool enabled, CancellationToken cancellationToken);
}
