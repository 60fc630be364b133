using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Common;
using Portal.Domain.Companies;
using Portal.Domain.Contacts;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Seeding;

namespace Portal.Benchmarks.Cases;

internal sealed record Person(Guid Id, string Name);

internal sealed record AccountRef(Guid Id, Guid CompanyId, string Number, IReadOnlyList<Person> Contacts);

/// <summary>
/// The companies, customer numbers and contacts the cases belong to: the demo world (its customer user.a
/// signs in to the big account <see cref="DemoAccounts.AccountA1"/>) plus generated companies of five
/// customer numbers and two contacts each, added through the domain like any other data.
/// </summary>
internal sealed class CaseWorld
{
    private const int AccountsPerCompany = 5;

    public required AccountRef BigAccount { get; init; }

    public required IReadOnlyList<AccountRef> OtherAccounts { get; init; }

    public required Person Agent { get; init; }

    public required long FirstCaseNumber { get; init; }

    public int AccountCount => OtherAccounts.Count + 1;

    public static async Task<CaseWorld> BuildAsync(IServiceProvider services, int accounts, int seed)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = DateTimeOffset.UtcNow;

        var demoAccounts = await db.CustomerAccounts.AsNoTracking().ToListAsync();
        var contacts = await db.Contacts.AsNoTracking().Include(c => c.Accounts).ToListAsync();
        var missing = accounts - demoAccounts.Count;
        if (missing > 0)
        {
            var random = new Random(seed);
            var offered = new[]
            {
                await db.Services.SingleAsync(),
                Service.Create("EDR", "マネージド EDR サービス", "Managed EDR service"),
                Service.Create("CSPM", "マネージド CSPM サービス", "Managed CSPM service"),
            };
            db.Services.AddRange(offered[1..]);
            for (var c = 0; c * AccountsPerCompany < missing; c++)
            {
                var english = c % 4 == 3;
                var company = english
                    ? Company.Create(string.Create(CultureInfo.InvariantCulture, $"Bench Holdings {c + 1:D4} Ltd."))
                    : Company.Create(string.Create(CultureInfo.InvariantCulture, $"株式会社ベンチ商事{c + 1:D4}"),
                        string.Create(CultureInfo.InvariantCulture, $"カブシキガイシャベンチショウジ{c + 1:D4}"));
                db.Companies.Add(company);
                var owned = new List<CustomerAccount>();
                for (var a = 0; a < AccountsPerCompany && (c * AccountsPerCompany) + a < missing; a++)
                {
                    var number = string.Create(CultureInfo.InvariantCulture, $"N3{(c * AccountsPerCompany) + a + 1:D8}");
                    var account = CustomerAccount.Create(company.Id, number, offered[random.Next(offered.Length)].Id,
                        english ? $"Site {a + 1}" : $"拠点 {a + 1}");
                    db.CustomerAccounts.Add(account);
                    owned.Add(account);
                }

                for (var p = 0; p < 2; p++)
                {
                    var email = string.Create(CultureInfo.InvariantCulture, $"user{p + 1}.c{c + 1:D4}@bench.example.jp");
                    var profile = english
                        ? new ContactProfile(p == 0 ? "Alex" : "Sam", string.Create(CultureInfo.InvariantCulture, $"Bench{c + 1:D4}"), Language: Language.English)
                        : new ContactProfile(p == 0 ? "一郎" : "花子", p == 0 ? "田中" : "伊藤");
                    var contact = Contact.Create(company.Id, Contact.SuggestedUserId(email), email, profile, ContactRole.Customer, false, now);
                    foreach (var account in owned)
                        contact.LinkAccount(account.Id, company.Id, now);
                    db.Contacts.Add(contact);
                    contacts.Add(contact);
                }

                demoAccounts.AddRange(owned);
            }

            foreach (var entry in db.ChangeTracker.Entries<AggregateRoot>())
                entry.Entity.ClearDomainEvents();
            await db.SaveChangesAsync();
        }

        var refs = demoAccounts.OrderBy(a => a.Number, StringComparer.Ordinal).Select(a => new AccountRef(a.Id, a.CompanyId, a.Number,
            [.. contacts.Where(c => c.Role is ContactRole.Customer or ContactRole.CustomerAdmin && c.IsLinkedTo(a.Id))
                .OrderBy(c => c.UserId, StringComparer.Ordinal).Select(c => new Person(c.Id, c.DisplayName))])).ToList();
        var big = refs.Single(a => a.Number == DemoAccounts.AccountA1);
        var agent = contacts.Single(c => c.UserId == DemoAccounts.Agent);
        var counter = await db.Database.SqlQueryRaw<long>("""SELECT "Value" AS "Value" FROM "SequenceCounters" WHERE "Name" = 'case'""").ToListAsync();
        return new CaseWorld
        {
            BigAccount = big,
            OtherAccounts = [.. refs.Where(a => a != big)],
            Agent = new Person(agent.Id, agent.DisplayName),
            FirstCaseNumber = counter.SingleOrDefault() + 1,
        };
    }
}
