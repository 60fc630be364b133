namespace Portal.Infrastructure.Oidc;

/// <summary>API-1, API-2: the "Oidc" section: issuer, key certificates, token lifetimes and the registered clients.</summary>
public sealed class OidcOptions
{
    public const string Section = "Oidc";

    /// <summary>The issuer URI every token names (https outside Development); unset, the request's own base address.</summary>
    public string? Issuer { get; set; }

    /// <summary>A PKCS#12 file with the signing key; unset, an RSA key kept in the shared database is used.</summary>
    public string? SigningCertificatePath { get; set; }

    public string? SigningCertificatePassword { get; set; }

    /// <summary>A PKCS#12 file with the encryption key; unset, an RSA key kept in the shared database is used.</summary>
    public string? EncryptionCertificatePath { get; set; }

    public string? EncryptionCertificatePassword { get; set; }

    /// <summary>How long an access token is valid.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The clients registered from configuration, created or updated at start-up.</summary>
    public List<OidcClientOptions> Clients { get; set; } = [];
}

/// <summary>One client of "Oidc:Clients".</summary>
public sealed class OidcClientOptions
{
    public string ClientId { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>"Machine" (client credentials) or "Sibling" (a portal signing its users in, authorization code + PKCE).</summary>
    public string Kind { get; set; } = "Machine";

    /// <summary>The machine client's secret (from secrets / environment, never from a committed file).</summary>
    public string? Secret { get; set; }

    public List<string> RedirectUris { get; set; } = [];

    public List<string> PostLogoutRedirectUris { get; set; } = [];
}
