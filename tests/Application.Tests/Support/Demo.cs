using Portal.Infrastructure.Seeding;

namespace Portal.Application.Tests.Support;

/// <summary>The seeded demo world (NFR-6) as the tests name it.</summary>
internal static class Demo
{
    public const string Password = DemoAccounts.Password;

    /// <summary>山田 花子 of company A, Japanese, linked to N202400001 and N202400002 only.</summary>
    public const string CustomerA = DemoAccounts.CustomerA;

    public const string CustomerAEmail = "user.a@example.com";

    /// <summary>Company A's admin, linked to all three of its customer numbers.</summary>
    public const string AdminA = DemoAccounts.AdminA;

    /// <summary>Emily Clark of company B, English, linked to N202400011 and N202400012.</summary>
    public const string CustomerB = DemoAccounts.CustomerB;

    public const string CustomerBEmail = "user.b@example.org";

    public const string Agent = DemoAccounts.Agent;

    public const string A1 = DemoAccounts.AccountA1;
    public const string A2 = DemoAccounts.AccountA2;

    /// <summary>Company A's third number: its only seeded inquiry is a fault, so no inquiry counts as open (CASE-2).</summary>
    public const string A3 = DemoAccounts.AccountA3;
    public const string B1 = DemoAccounts.AccountB1;
    public const string B2 = DemoAccounts.AccountB2;
}
