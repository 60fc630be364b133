using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Application.Common.Exports;
using Portal.Application.Common.Interfaces;
using Portal.Domain.Common;
using Portal.Domain.Companies;
using Portal.Domain.Contacts;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Seeding;

/// <summary>
/// NFR-6: a demo world so every page shows real content at once. Idempotent: it does nothing when
/// the provider admin exists. Built through the domain, so the data obeys the same rules as real data;
/// the demo's own events are dropped so that seeding sends no mail.
/// </summary>
public sealed partial class DemoSeeder(PortalDbContext db, UserManager<PortalUser> users, ISequenceGenerator numbers,
    IFileStorage storage, IEnumerable<ITableExport> exports, TimeProvider clock, ILogger<DemoSeeder> logger, Oidc.OidcApiClients clients)
{
    private DateTimeOffset _now;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await SeedClientsAsync(cancellationToken);
        var marker = DemoAccounts.ProviderAdmin.ToUpperInvariant();
        if (await db.Contacts.AnyAsync(c => c.NormalizedUserId == marker, cancellationToken))
            return;
        _now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var service = Service.Create("FM", "CrowdStrike Falcon Mobile マネージドサービス", "CrowdStrike Falcon Mobile managed service");
        db.Services.Add(service);
        var provider = Company.Create("セキュリティアドバイザリーセンター", isProvider: true);
        var companyA = Company.Create("株式会社サンプル銀行", "カブシキガイシャサンプルギンコウ");
        var companyB = Company.Create("Example Trading Co., Ltd.");
        db.Companies.AddRange(provider, companyA, companyB);

        var a1 = Account(companyA, DemoAccounts.AccountA1, service, "本店");
        var a2 = Account(companyA, DemoAccounts.AccountA2, service, "大阪支店");
        var a3 = Account(companyA, DemoAccounts.AccountA3, service, "福岡支店");
        var b1 = Account(companyB, DemoAccounts.AccountB1, service, "Head office");
        var b2 = Account(companyB, DemoAccounts.AccountB2, service, "Singapore branch");
        Contract(a1, 2024, 500, "SAMPLEBANK-HQ");
        Contract(a2, 2024, 120, "SAMPLEBANK-OSAKA");
        Contract(a3, 2025, 60, "SAMPLEBANK-FUKUOKA");
        Contract(b1, 2025, 300, "EXAMPLE-TRADING");
        Contract(b2, 2025, 80, "EXAMPLE-TRADING-SG");

        var world = new DemoWorld(
            Customer: await ContactAsync(companyA, DemoAccounts.CustomerA, "user.a@example.com", new("花子", "山田", "情報システム部"), ContactRole.Customer, [a1, a2]),
            Admin: await ContactAsync(companyA, DemoAccounts.AdminA, "admin.a@example.com", new("太郎", "佐藤", "情報システム部 部長"), ContactRole.CustomerAdmin, [a1, a2, a3]),
            MfaCustomer: await ContactAsync(companyA, DemoAccounts.MfaCustomerA, "mfa.a@example.com", new("次郎", "鈴木"), ContactRole.Customer, [a1], emailMfa: true),
            CustomerB: await ContactAsync(companyB, DemoAccounts.CustomerB, "user.b@example.org", new("Emily", "Clark", "IT Manager", Language: Language.English, TimeZone: "Asia/Singapore"), ContactRole.Customer, [b1, b2]),
            Agent: await ContactAsync(provider, DemoAccounts.Agent, "agent@sac.example", new("健", "高橋", "セキュリティアナリスト"), ContactRole.Agent, []),
            ProviderAdmin: await ContactAsync(provider, DemoAccounts.ProviderAdmin, "provider@sac.example", new("美咲", "伊藤", "SAC マネージャー"), ContactRole.ProviderAdmin, []),
            A1: a1, A2: a2, A3: a3, B1: b1, B2: b2, Service: service);

        await SeedCasesAsync(world, cancellationToken);
        await SeedWorkRequestsAsync(world, cancellationToken);
        await SeedKnowledgeAsync(world, cancellationToken);
        SeedLoginHistory(world);

        DropEvents();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Seeded();
    }

    /// <summary>API-1, API-2: the demo's machine client and sibling portal (each added when missing).</summary>
    private async Task SeedClientsAsync(CancellationToken cancellationToken)
    {
        await clients.AddMissingAsync(Oidc.OidcApiClients.Describe(DemoAccounts.MachineClient, "CrowdStrike Falcon connector",
            Application.Integrations.Clients.ApiClientKind.Machine, DemoAccounts.MachineClientSecret, [], []), cancellationToken);
        await clients.AddMissingAsync(Oidc.OidcApiClients.Describe(DemoAccounts.SiblingClient, "CSPM portal",
            Application.Integrations.Clients.ApiClientKind.Sibling, DemoAccounts.SiblingClientSecret, [new Uri(DemoAccounts.SiblingRedirectUri)],
            [new Uri(DemoAccounts.SiblingPostLogoutRedirectUri)]), cancellationToken);
    }

    private CustomerAccount Account(Company company, string number, Service service, string name)
    {
        var account = CustomerAccount.Create(company.Id, number, service.Id, name);
        db.CustomerAccounts.Add(account);
        return account;
    }

    private void Contract(CustomerAccount account, int year, int ids, string customerName) =>
        db.Contracts.Add(Domain.Companies.Contract.Create(account.Id, new DateOnly(year, 4, 1), "Falcon for Mobile", ids, customerName,
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(customerName)))[..32]));

    private async Task<Contact> ContactAsync(Company company, string userId, string email, ContactProfile profile, ContactRole role,
        CustomerAccount[] accounts, bool emailMfa = false)
    {
        var contact = Contact.Create(company.IsProvider ? null : company.Id, userId, email, profile, role, emailMfa, _now.AddDays(-400));
        foreach (var account in accounts)
            contact.LinkAccount(account.Id, account.CompanyId, _now.AddDays(-400));
        db.Contacts.Add(contact);
        DropEvents(); // the Identity store saves the context now
        var user = new PortalUser { Id = contact.Id, UserName = userId, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, DemoAccounts.Password);
        if (!result.Succeeded)
            throw new InvalidOperationException($"Demo user {userId}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        return contact;
    }

    private void DropEvents()
    {
        foreach (var entry in db.ChangeTracker.Entries<AggregateRoot>())
            entry.Entity.ClearDomainEvents();
    }

    private sealed record DemoWorld(Contact Customer, Contact Admin, Contact MfaCustomer, Contact CustomerB, Contact Agent,
        Contact ProviderAdmin, CustomerAccount A1, CustomerAccount A2, CustomerAccount A3, CustomerAccount B1, CustomerAccount B2,
        Service Service);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data seeded")]
    private partial void Seeded();
}
