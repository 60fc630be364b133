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
}
