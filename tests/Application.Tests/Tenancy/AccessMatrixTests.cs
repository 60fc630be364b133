using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Interfaces;
using Portal.Application.Tests.Support;
using Portal.Domain.Companies;
using Portal.Domain.Knowledge;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Tenancy;

/// <summary>
/// TEN-1, KB-3: the rows each kind of principal reads through the named filters ("Tenant", "Company",
/// "Service"), table by table, against an oracle read as the system from what the demo world says each
/// person may see. Rows and counts are exact.
/// </summary>
[Trait("Req", "TEN-1")]
public sealed class AccessMatrixTests
{
    private const string LimitedService = "FM-PREMIUM";
    private const string AccountB3 = "N202400013";

    /// <summary>Who reads, and which customer numbers and company the demo world gives them (null: every tenant).</summary>
    public static TheoryData<DatabaseProvider, string> Readers()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql })
        {
            foreach (var reader in new[] { "customer A", "customer admin A", "customer B", "agent", "provider admin", "system", "API client" })
                data.Add(provider, reader);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Each_principal_reads_exactly_the_rows_of_its_scope(DatabaseProvider provider, string reader)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await GiveCompanyBAPremiumAccountAndAnArticleForItAsync(app);
        var all = await Rows.ReadAsync(app, system: true);
        var expected = Expected(all, reader);

        var seen = reader switch
        {
            "system" => all,
            "API client" => await Rows.ReadAsync(app.AsApiClient("alerts-ingest")),
            _ => await Rows.ReadAsync(await app.SignedInAs(UserOf(reader))),
        };

        Assert.Equal(expected.Cases, seen.Cases);
        Assert.Equal(expected.WorkRequests, seen.WorkRequests);
        Assert.Equal(expected.Contracts, seen.Contracts);
        Assert.Equal(expected.Contacts, seen.Contacts);
        Assert.Equal(expected.LoginEvents, seen.LoginEvents);
        Assert.Equal(expected.SavedFilters, seen.SavedFilters);
        Assert.Equal(expected.Articles, seen.Articles);
        Assert.Equal(expected.Counts, seen.Counts);
        Assert.NotEmpty(seen.Cases);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Nobody_signed_in_reads_nothing(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var seen = await Rows.ReadAsync(app.Anonymous());

        Assert.Equal(new Counts(0, 0, 0, 0, 0, 0, 0), seen.Counts);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_unlinked_customer_number_disappears_on_the_users_next_request(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await app.SignedInAs(Demo.CustomerA);
        var before = await Rows.ReadAsync(app);

        await app.InScopeAsync(async sp =>
        {
            var db = sp.Db();
            var a2 = await db.CustomerAccounts.SingleAsync(a => a.Number == Demo.A2);
            var contact = await db.Contacts.Include(c => c.Accounts).SingleAsync(c => c.UserId == Demo.CustomerA);
            contact.UnlinkAccount(a2.Id, app.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        var after = await Rows.ReadAsync(app);

        Assert.Contains(Demo.A2, before.Cases.Select(c => c.Account));
        Assert.DoesNotContain(Demo.A2, after.Cases.Select(c => c.Account));
        Assert.Equal(before.Cases.Count(c => c.Account != Demo.A2), after.Cases.Count);
    }

    private static string UserOf(string reader) => reader switch
    {
        "customer A" => Demo.CustomerA,
        "customer admin A" => Demo.AdminA,
        "customer B" => Demo.CustomerB,
        "agent" => Demo.Agent,
        "provider admin" => Infrastructure.Seeding.DemoAccounts.ProviderAdmin,
        _ => throw new ArgumentOutOfRangeException(nameof(reader)),
    };

    /// <summary>The oracle: what the demo world's rules give each reader, computed from every row.</summary>
    private static Rows Expected(Rows all, string reader)
    {
        (string[] Accounts, string Company, bool Premium)? scope = reader switch
        {
            "customer A" => ([Demo.A1, Demo.A2], "A", false),
            "customer admin A" => ([Demo.A1, Demo.A2, Infrastructure.Seeding.DemoAccounts.AccountA3], "A", false),
            "customer B" => ([Infrastructure.Seeding.DemoAccounts.AccountB1, Infrastructure.Seeding.DemoAccounts.AccountB2, AccountB3], "B", true),
            _ => null,
        };
        if (scope is not { } s)
            return all;
        var ofCompany = (string? company) => company == s.Company;
        return new Rows(
            [.. all.Cases.Where(c => s.Accounts.Contains(c.Account))],
            [.. all.WorkRequests.Where(w => s.Accounts.Contains(w.Account))],
            [.. all.Contracts.Where(c => s.Accounts.Contains(c.Account))],
            [.. all.Contacts.Where(c => ofCompany(c.Company))],
            [.. all.LoginEvents.Where(e => ofCompany(e.Company))],
            [.. all.SavedFilters.Where(f => ofCompany(f.Company))],
            [.. all.Articles.Where(a => !a.Limited || s.Premium)]);
    }

    /// <summary>A second service, a third customer number of company B on it (linked to user.b) and an article limited to it (KB-3).</summary>
    private static Task GiveCompanyBAPremiumAccountAndAnArticleForItAsync(PortalApp app) => app.InScopeAsync(async sp =>
    {
        var db = sp.Db();
        var now = app.Clock.GetUtcNow();
        var premium = Service.Create(LimitedService, "プレミアム", "Premium");
        db.Services.Add(premium);
        var userB = await db.Contacts.Include(c => c.Accounts).SingleAsync(c => c.UserId == Demo.CustomerB);
        var account = CustomerAccount.Create(userB.CompanyId!.Value, AccountB3, premium.Id);
        db.CustomerAccounts.Add(account);
        userB.LinkAccount(account.Id, account.CompanyId, now);
        var knowledgeBase = await db.KnowledgeBases.OrderBy(b => b.SortOrder).FirstAsync();
        var article = KnowledgeArticle.Draft("KB0999001", knowledgeBase, null, Domain.Common.Language.Japanese, "プレミアム向け手順",
            "<p>プレミアムのお客様向け</p>", userB.Id, "SAC", now);
        article.RestrictToServices([premium.Id], now);
        db.KnowledgeArticles.Add(article);
        foreach (var owner in await db.Contacts.Where(c => c.UserId == Demo.CustomerA || c.UserId == Demo.CustomerB || c.UserId == Demo.Agent).ToListAsync())
        {
            db.SavedFilters.Add(Domain.SavedFilters.SavedFilter.Create(owner.Id, owner.CompanyId, "mine", Domain.SavedFilters.SavedFilter.CasesTarget,
                "view=All", Domain.SavedFilters.FilterVisibility.Me, now));
        }

        await db.SaveChangesAsync();
    });

    private sealed record Counts(int Cases, int WorkRequests, int Contracts, int Contacts, int LoginEvents, int SavedFilters, int Articles);

    private sealed record Owned(Guid Id, string Account);

    private sealed record OfCompany(Guid Id, string? Company);

    private sealed record Article(string Number, bool Limited);

    private sealed record Rows(IReadOnlyList<Owned> Cases, IReadOnlyList<Owned> WorkRequests, IReadOnlyList<Owned> Contracts,
        IReadOnlyList<OfCompany> Contacts, IReadOnlyList<OfCompany> LoginEvents, IReadOnlyList<OfCompany> SavedFilters, IReadOnlyList<Article> Articles)
    {
        public Counts Counts { get; init; } = new(Cases.Count, WorkRequests.Count, Contracts.Count, Contacts.Count, LoginEvents.Count,
            SavedFilters.Count, Articles.Count);

        /// <summary>Every table through the caller's IApplicationDbContext, with Count() taken separately by the database.</summary>
        public static async Task<Rows> ReadAsync(PortalApp app, bool system = false)
        {
            // Names for the oracle, read as the system: customer numbers and company letters (A, B; staff none).
            var names = await app.InScopeAsync(async sp =>
            {
                var db = sp.Db();
                var accounts = await db.CustomerAccounts.ToDictionaryAsync(a => a.Id, a => a.Number);
                var a = await db.Contacts.Where(c => c.UserId == Demo.CustomerA).Select(c => c.CompanyId).SingleAsync();
                var b = await db.Contacts.Where(c => c.UserId == Demo.CustomerB).Select(c => c.CompanyId).SingleAsync();
                return (accounts, companies: new Dictionary<Guid, string> { [a!.Value] = "A", [b!.Value] = "B" });
            });
            string? Company(Guid? id) => id is { } g && names.companies.TryGetValue(g, out var n) ? n : id?.ToString();

            async Task<Rows> Read(IServiceProvider sp)
            {
                var db = sp.GetRequiredService<IApplicationDbContext>();
                var rows = new Rows(
                    [.. (await db.Cases.Select(c => new { c.Id, c.CustomerAccountId }).ToListAsync()).Select(c => new Owned(c.Id, names.accounts[c.CustomerAccountId])).OrderBy(r => r.Id)],
                    [.. (await db.WorkRequests.Select(c => new { c.Id, c.CustomerAccountId }).ToListAsync()).Select(c => new Owned(c.Id, names.accounts[c.CustomerAccountId])).OrderBy(r => r.Id)],
                    [.. (await db.Contracts.Select(c => new { c.Id, c.CustomerAccountId }).ToListAsync()).Select(c => new Owned(c.Id, names.accounts[c.CustomerAccountId])).OrderBy(r => r.Id)],
                    [.. (await db.Contacts.Select(c => new { c.Id, c.CompanyId }).ToListAsync()).Select(c => new OfCompany(c.Id, Company(c.CompanyId))).OrderBy(r => r.Id)],
                    [.. (await db.LoginEvents.Select(c => new { c.Id, c.CompanyId }).ToListAsync()).Select(c => new OfCompany(c.Id, Company(c.CompanyId))).OrderBy(r => r.Id)],
                    [.. (await db.SavedFilters.Select(c => new { c.Id, c.CompanyId }).ToListAsync()).Select(c => new OfCompany(c.Id, Company(c.CompanyId))).OrderBy(r => r.Id)],
                    [.. (await db.KnowledgeArticles.Select(a => new { a.Number, Limited = a.Services.Any() }).ToListAsync()).Select(a => new Article(a.Number, a.Limited)).OrderBy(a => a.Number, StringComparer.Ordinal)]);
                return rows with
                {
                    Counts = new Counts(await db.Cases.CountAsync(), await db.WorkRequests.CountAsync(), await db.Contracts.CountAsync(),
                        await db.Contacts.CountAsync(), await db.LoginEvents.CountAsync(), await db.SavedFilters.CountAsync(), await db.KnowledgeArticles.CountAsync()),
                };
            }

            return system ? await app.InScopeAsync(Read) : await app.InUserScopeAsync(Read);
        }
    }
}
