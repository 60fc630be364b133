using Microsoft.EntityFrameworkCore;
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

    /// <summary>
    /// TEN-1: the named "Tenant" filters. Customers read rows of their linked customer numbers only,
    /// agents and the system everything. Jobs needing more must say why with IgnoreQueryFilters(["Tenant"]).
    /// Whether the user sees all is a constant of the SQL, not a parameter: "all" then drops the condition,
    /// and a customer's query is a plain IN over its accounts that the database answers from an index
    /// (with "@all OR CustomerAccountId IN …" SQLite would scan every case).
    /// </summary>
    partial void ConfigureTenantFilters(ModelBuilder builder)
    {
        builder.Entity<Case>().HasQueryFilter("Tenant", c => EF.Constant(SeesAllTenants) || TenantAccountIds.Contains(c.CustomerAccountId));
        builder.Entity<WorkRequest>().HasQueryFilter("Tenant", w => EF.Constant(SeesAllTenants) || TenantAccountIds.Contains(w.CustomerAccountId));
        builder.Entity<Contract>().HasQueryFilter("Tenant", c => EF.Constant(SeesAllTenants) || TenantAccountIds.Contains(c.CustomerAccountId));
        builder.Entity<CustomerAccount>().HasQueryFilter("Tenant", a => EF.Constant(SeesAllTenants) || TenantAccountIds.Contains(a.Id));
    }
}
