using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Infrastructure.Persistence;

namespace Portal.Architecture.Tests;

/// <summary>
/// TEN-1, KB-3 (STYLE §4 Tenancy): every tenant-owned table has its named filter, and the few reads that look
/// past one say why. A new entity with a CustomerAccountId or CompanyId and no filter fails here.
/// </summary>
[Trait("Req", "TEN-1")]
public sealed partial class ScopeFilterTests
{
    private static readonly IModel Model = BuildModel();

    public static TheoryData<string> AccountOwned => Names(e => e.ClrType.GetProperty("CustomerAccountId") is not null);

    public static TheoryData<string> CompanyOwned => Names(e => e.ClrType.GetProperty("CompanyId") is not null);

    [Theory]
    [MemberData(nameof(AccountOwned))]
    public void An_entity_with_a_customer_account_has_the_Tenant_filter(string entity) =>
        Assert.NotNull(Type(entity).FindDeclaredQueryFilter(ScopeFilters.Tenant));

    [Theory]
    [MemberData(nameof(CompanyOwned))]
    public void An_entity_with_a_company_has_the_Company_or_the_narrower_Tenant_filter(string entity)
    {
        var type = Type(entity);
        Assert.True(type.FindDeclaredQueryFilter(ScopeFilters.Company) is not null || type.FindDeclaredQueryFilter(ScopeFilters.Tenant) is not null,
            $"{entity} carries CompanyId but has neither the {ScopeFilters.Company} nor the {ScopeFilters.Tenant} filter");
    }

    [Fact]
    public void Both_kinds_of_owned_entity_are_found() // the theories above would pass vacuously on a renamed property
    {
        Assert.Contains("Case", EntityNames(e => e.ClrType.GetProperty("CustomerAccountId") is not null));
        Assert.Contains("LoginEvent", EntityNames(e => e.ClrType.GetProperty("CompanyId") is not null));
    }

    [Trait("Req", "KB-3")]
    [Fact]
    public void Knowledge_articles_have_the_Service_filter() =>
        Assert.NotNull(Type("KnowledgeArticle").FindDeclaredQueryFilter(ScopeFilters.Service));

    [Fact]
    public void IgnoreQueryFilters_outside_jobs_says_why()
    {
        var offenders = new List<string>();
        foreach (var file in Repo.Files("src", "*.cs").Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"Infrastructure{Path.DirectorySeparatorChar}Jobs{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (!IgnoreCall().IsMatch(lines[i]))
                    continue;
                var previous = i > 0 ? lines[i - 1].TrimStart() : string.Empty;
                if (!lines[i].Contains("//", StringComparison.Ordinal) && !previous.StartsWith("//", StringComparison.Ordinal))
                    offenders.Add($"{Path.GetRelativePath(Repo.Root, file)}:{i + 1}");
            }
        }

        Assert.Empty(offenders);
    }

    [GeneratedRegex(@"\.IgnoreQueryFilters\(")]
    private static partial Regex IgnoreCall();

    private static IReadOnlyEntityType Type(string name) => Model.GetEntityTypes().Single(e => e.ClrType.Name == name);

    private static TheoryData<string> Names(Func<IReadOnlyEntityType, bool> predicate) => [.. EntityNames(predicate)];

    private static List<string> EntityNames(Func<IReadOnlyEntityType, bool> predicate) =>
        [.. Model.GetEntityTypes().Where(e => !e.IsOwned() && predicate(e)).Select(e => e.ClrType.Name).Order(StringComparer.Ordinal)];

    private static IModel BuildModel()
    {
        var options = new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite("Data Source=:memory:").Options;
        using var db = new SqlitePortalDbContext(options, TimeProvider.System, new NoOne());
        return db.Model;
    }

    /// <summary>Building the model reads no scope; the filters only read it when a query runs.</summary>
    private sealed class NoOne : ICurrentUser
    {
        public PrincipalKind Kind => PrincipalKind.Anonymous;

        public Guid? ContactId => null;

        public string? UserId => null;

        public Roles Role => Roles.Anonymous;

        public AccessScope Scope => AccessScope.None;

        public ValueTask LoadAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
