namespace Portal.Infrastructure.Seeding;

/// <summary>NFR-6: the fixed demo accounts (README table). The password exists only in demo seeding.</summary>
public static class DemoAccounts
{
    public const string Password = "Demo-Portal-2026!";
    public const string CustomerA = "user.a@example.com.fm";
    public const string AdminA = "admin.a@example.com.fm";
    public const string CustomerB = "user.b@example.org.fm";
    public const string MfaCustomerA = "mfa.a@example.com.fm";
    public const string Agent = "agent@sac.example.fm";
    public const string ProviderAdmin = "provider@sac.example.fm";

    public const string AccountA1 = "N202400001";
    public const string AccountA2 = "N202400002";
    public const string AccountA3 = "N202400003";
    public const string AccountB1 = "N202400011";
    public const string AccountB2 = "N202400012";

    /// <summary>API-1: the demo's machine client (client credentials, scope alerts:write) and its secret.</summary>
    public const string MachineClient = "falcon-connector";
    public const string MachineClientSecret = "Demo-Falcon-Connector-2026!";

    /// <summary>API-2: the demo's sibling portal (authorization code + PKCE) and its secret and addresses.</summary>
    public const string SiblingClient = "cspm-portal";
    public const string SiblingClientSecret = "Demo-Cspm-Portal-2026!";
    public const string SiblingRedirectUri = "https://localhost:5101/signin-oidc";
    public const string SiblingPostLogoutRedirectUri = "https://localhost:5101/signout-callback-oidc";
}
