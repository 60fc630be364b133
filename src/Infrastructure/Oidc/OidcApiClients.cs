using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using Portal.Application.Integrations.Clients;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Portal.Infrastructure.Oidc;

/// <summary>
/// API-1, API-2: the clients over OpenIddict's application store. What OpenIddict has no field for (kind,
/// created, disabled) lives in the application's properties.
/// </summary>
public sealed partial class OidcApiClients(
    IOpenIddictApplicationManager applications,
    IOpenIddictTokenManager tokens,
    IOptions<OidcOptions> options,
    TimeProvider clock,
    ILogger<OidcApiClients> logger) : IApiClients
{
    public const string KindProperty = "portal_kind";
    public const string CreatedProperty = "portal_created";
    public const string DisabledProperty = "portal_disabled";

    public async Task<IReadOnlyList<ApiClientRow>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = new List<ApiClientRow>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
            rows.Add(await RowAsync(application, cancellationToken));
        return [.. rows.OrderBy(r => r.ClientId, StringComparer.Ordinal)];
    }

    public async Task<ApiClientRow?> FindAsync(string clientId, CancellationToken cancellationToken) =>
        await applications.FindByClientIdAsync(clientId, cancellationToken) is { } application ? await RowAsync(application, cancellationToken) : null;

    public async Task<ApiClientRow> CreateAsync(NewApiClient client, string secret, CancellationToken cancellationToken)
    {
        var descriptor = Describe(client.ClientId, client.DisplayName, client.Kind, secret, client.RedirectUris, client.PostLogoutRedirectUris);
        descriptor.Properties[CreatedProperty] = JsonSerializer.SerializeToElement(clock.GetUtcNow());
        var application = await applications.CreateAsync(descriptor, cancellationToken);
        return await RowAsync(application, cancellationToken);
    }

    public async Task SetSecretAsync(string clientId, string secret, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken) ?? throw new InvalidOperationException($"No client {clientId}.");
        await applications.UpdateAsync(application, secret, cancellationToken);
    }

    public async Task SetEnabledAsync(string clientId, bool enabled, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken) ?? throw new InvalidOperationException($"No client {clientId}.");
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, cancellationToken);
        if (enabled)
            descriptor.Properties.Remove(DisabledProperty);
        else
            descriptor.Properties[DisabledProperty] = JsonSerializer.SerializeToElement(true);
        await applications.UpdateAsync(application, descriptor, cancellationToken);
        if (!enabled)
            await RevokeTokensAsync(application, cancellationToken);
    }

    /// <summary>Whether the client may get tokens (not disabled).</summary>
    public static async Task<bool> IsEnabledAsync(IOpenIddictApplicationManager applications, object application, CancellationToken cancellationToken) =>
        !(await applications.GetPropertiesAsync(application, cancellationToken)).TryGetValue(DisabledProperty, out var disabled)
        || disabled.ValueKind != JsonValueKind.True;

    /// <summary>"Oidc:Clients" from configuration, created or brought up to date (a secret given there replaces the stored one).</summary>
    public async Task SynchronizeAsync(CancellationToken cancellationToken)
    {
        foreach (var client in options.Value.Clients.Where(c => !string.IsNullOrWhiteSpace(c.ClientId)))
        {
            if (!Enum.TryParse<ApiClientKind>(client.Kind, ignoreCase: true, out var kind))
                throw new InvalidOperationException($"Oidc:Clients: the kind of {client.ClientId} must be Machine or Sibling.");
            var descriptor = Describe(client.ClientId, string.IsNullOrWhiteSpace(client.DisplayName) ? client.ClientId : client.DisplayName, kind,
                client.Secret, [.. client.RedirectUris.Select(u => new Uri(u, UriKind.Absolute))],
                [.. client.PostLogoutRedirectUris.Select(u => new Uri(u, UriKind.Absolute))]);
            await UpsertAsync(descriptor, cancellationToken);
        }
    }

    /// <summary>Demo seeding: the client as described, unless it exists (its secret may have been rotated since).</summary>
    public async Task AddMissingAsync(OpenIddictApplicationDescriptor descriptor, CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken) is not null)
            return;
        descriptor.Properties[CreatedProperty] = JsonSerializer.SerializeToElement(clock.GetUtcNow());
        await applications.CreateAsync(descriptor, cancellationToken);
    }

    /// <summary>Configuration: the client as described, created or updated (its disabled flag kept).</summary>
    private async Task UpsertAsync(OpenIddictApplicationDescriptor descriptor, CancellationToken cancellationToken)
    {
        var existing = await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken);
        if (existing is null)
        {
            descriptor.Properties[CreatedProperty] = JsonSerializer.SerializeToElement(clock.GetUtcNow());
            await applications.CreateAsync(descriptor, cancellationToken);
            Log.Registered(logger, descriptor.ClientId!);
            return;
        }

        var current = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(current, existing, cancellationToken);
        foreach (var (key, value) in current.Properties)
            descriptor.Properties.TryAdd(key, value);
        var secret = descriptor.ClientSecret;
        descriptor.ClientSecret = current.ClientSecret; // the stored hash, unless a secret is given below
        await applications.UpdateAsync(existing, descriptor, cancellationToken);
        if (!string.IsNullOrEmpty(secret))
            await applications.UpdateAsync(existing, secret, cancellationToken);
    }

    public static OpenIddictApplicationDescriptor Describe(string clientId, string displayName, ApiClientKind kind, string? secret,
        IReadOnlyList<Uri> redirectUris, IReadOnlyList<Uri> postLogoutRedirectUris)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            DisplayName = displayName,
            ClientSecret = string.IsNullOrEmpty(secret) ? null : secret,
            ClientType = string.IsNullOrEmpty(secret) ? ClientTypes.Public : ClientTypes.Confidential,
            ApplicationType = ApplicationTypes.Web,
            // First-party clients: the user is never asked to consent.
            ConsentType = ConsentTypes.Implicit,
        };
        descriptor.Properties[KindProperty] = JsonSerializer.SerializeToElement(kind.ToString());
        if (kind == ApiClientKind.Machine)
        {
            if (string.IsNullOrEmpty(secret))
                throw new InvalidOperationException($"The machine client {clientId} needs a secret.");
            descriptor.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials,
                Permissions.Prefixes.Scope + OidcSetup.AlertsWriteScope]);
            return descriptor;
        }

        descriptor.Permissions.UnionWith([Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
            Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code, Permissions.Scopes.Profile, Permissions.Scopes.Email]);
        descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        descriptor.RedirectUris.UnionWith(redirectUris);
        descriptor.PostLogoutRedirectUris.UnionWith(postLogoutRedirectUris);
        return descriptor;
    }

    private async Task RevokeTokensAsync(object application, CancellationToken cancellationToken)
    {
        var id = await applications.GetIdAsync(application, cancellationToken);
        if (id is null)
            return;
        var held = new List<object>();
        await foreach (var token in tokens.FindByApplicationIdAsync(id, cancellationToken))
            held.Add(token);
        foreach (var token in held)
            await tokens.TryRevokeAsync(token, cancellationToken);
    }

    private async Task<ApiClientRow> RowAsync(object application, CancellationToken cancellationToken)
    {
        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        var kind = properties.TryGetValue(KindProperty, out var k) && Enum.TryParse<ApiClientKind>(k.GetString(), out var parsed) ? parsed : ApiClientKind.Machine;
        var created = properties.TryGetValue(CreatedProperty, out var c) && c.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(c.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : (DateTimeOffset?)null;
        var permissions = await applications.GetPermissionsAsync(application, cancellationToken);
        var scopes = permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(p => p[Permissions.Prefixes.Scope.Length..]);
        if (kind == ApiClientKind.Sibling)
            scopes = scopes.Prepend(Scopes.OpenId);
        return new ApiClientRow(
            Guid.Parse(await applications.GetIdAsync(application, cancellationToken) ?? throw new InvalidOperationException("A client without id.")),
            await applications.GetClientIdAsync(application, cancellationToken) ?? string.Empty,
            await applications.GetDisplayNameAsync(application, cancellationToken) ?? string.Empty,
            kind,
            [.. scopes],
            await IsEnabledAsync(applications, application, cancellationToken),
            created,
            [.. (await applications.GetRedirectUrisAsync(application, cancellationToken)).Select(u => u.ToString())],
            [.. (await applications.GetPostLogoutRedirectUrisAsync(application, cancellationToken)).Select(u => u.ToString())]);
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "OpenID Connect client {ClientId} registered from configuration")]
        public static partial void Registered(ILogger logger, string clientId);
    }
}
