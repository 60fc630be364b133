using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Security;
using Portal.Domain.Announcements;
using Portal.Domain.Audit;
using Portal.Domain.Cases;
using Portal.Domain.Companies;
using Portal.Domain.Contacts;
using Portal.Domain.Knowledge;
using Portal.Domain.LoginHistory;
using Portal.Domain.Outbox;
using Portal.Domain.SavedFilters;
using Portal.Domain.WorkRequests;

namespace Portal.Infrastructure.Persistence;

public abstract partial class PortalDbContext
{
    public DbSet<Company> Companies => Set<Company>();

    public DbSet<Service> Services => Set<Service>();

    public DbSet<CustomerAccount> CustomerAccounts => Set<CustomerAccount>();

    public DbSet<Contract> Contracts => Set<Contract>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<Case> Cases => Set<Case>();

    public DbSet<WorkRequestType> WorkRequestTypes => Set<WorkRequestType>();

    public DbSet<WorkRequest> WorkRequests => Set<WorkRequest>();

    public DbSet<KnowledgeBase> KnowledgeBases => Set<KnowledgeBase>();

    public DbSet<KnowledgeArticle> KnowledgeArticles => Set<KnowledgeArticle>();

    public DbSet<ArticleView> ArticleViews => Set<ArticleView>();

    public DbSet<Announcement> Announcements => Set<Announcement>();

    public DbSet<AnnouncementDismissal> AnnouncementDismissals => Set<AnnouncementDismissal>();

    public DbSet<LoginEvent> LoginEvents => Set<LoginEvent>();

    public DbSet<SavedFilter> SavedFilters => Set<SavedFilter>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Search.SearchChange> SearchChanges => Set<Search.SearchChange>();

    public DbSet<Search.SearchEpoch> SearchEpochs => Set<Search.SearchEpoch>();

    /// <summary>The named filters' names: a query that must see past one says which, with a why-comment.</summary>
    public const string TenantFilter = ScopeFilters.Tenant;
    public const string CompanyFilter = ScopeFilters.Company;
    public const string ServiceFilter = ScopeFilters.Service;

    /// <summary>
    /// TEN-1, KB-3: every tenant-owned table has a named filter reading the request's <see cref="AccessScope"/>.
    /// "Tenant": rows of the contact's linked customer numbers. "Company": rows of the contact's company.
    /// "Service": articles limited to given services, for customers of those services. Staff, the system and
    /// API clients see all; anonymous callers nothing. Whether the caller sees all is a constant of the SQL,
    /// not a parameter: "all" then drops the condition, and a customer's query is a plain IN over its accounts
    /// that the database answers from an index (with "@all OR CustomerAccountId IN …" SQLite would scan every case).
    /// </summary>
    partial void ConfigureTenantFilters(ModelBuilder builder)
    {
        builder.Entity<Case>().HasQueryFilter(TenantFilter, c => EF.Constant(ScopeSeesAll) || ScopeAccountIds.Contains(c.CustomerAccountId));
        builder.Entity<WorkRequest>().HasQueryFilter(TenantFilter, w => EF.Constant(ScopeSeesAll) || ScopeAccountIds.Contains(w.CustomerAccountId));
        builder.Entity<Contract>().HasQueryFilter(TenantFilter, c => EF.Constant(ScopeSeesAll) || ScopeAccountIds.Contains(c.CustomerAccountId));
        builder.Entity<CustomerAccount>().HasQueryFilter(TenantFilter, a => EF.Constant(ScopeSeesAll) || ScopeAccountIds.Contains(a.Id));
        builder.Entity<ContactAccount>().HasQueryFilter(TenantFilter, l => EF.Constant(ScopeSeesAll) || ScopeAccountIds.Contains(l.CustomerAccountId));

        builder.Entity<Company>().HasQueryFilter(CompanyFilter, c => EF.Constant(ScopeSeesAll) || c.Id == ScopeCompanyId);
        builder.Entity<Contact>().HasQueryFilter(CompanyFilter, c => EF.Constant(ScopeSeesAll) || c.CompanyId == ScopeCompanyId);
        builder.Entity<LoginEvent>().HasQueryFilter(CompanyFilter, e => EF.Constant(ScopeSeesAll) || e.CompanyId == ScopeCompanyId);
        builder.Entity<SavedFilter>().HasQueryFilter(CompanyFilter, f => EF.Constant(ScopeSeesAll) || f.CompanyId == ScopeCompanyId);
        builder.Entity<AuditEntry>().HasQueryFilter(CompanyFilter, e => EF.Constant(ScopeSeesAll) || e.CompanyId == ScopeCompanyId);

        builder.Entity<KnowledgeArticle>().HasQueryFilter(ServiceFilter, a => EF.Constant(ScopeSeesAll)
            || (EF.Constant(ScopeIsContact) && (!a.Services.Any() || a.Services.Any(s => ScopeServiceIds.Contains(s.ServiceId)))));
    }
}
