using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
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

namespace Portal.Application.Common.Interfaces;

/// <summary>
/// The persistence seen by use cases (no repositories). Tenant-owned sets are filtered to what the
/// current user may read (TEN-1) by the "Tenant" query filters; counts and pages are therefore exact.
/// </summary>
public interface IApplicationDbContext
{
    DbSet<Company> Companies { get; }

    DbSet<Service> Services { get; }

    DbSet<CustomerAccount> CustomerAccounts { get; }

    DbSet<Contract> Contracts { get; }

    DbSet<Contact> Contacts { get; }

    DbSet<Case> Cases { get; }

    DbSet<WorkRequestType> WorkRequestTypes { get; }

    DbSet<WorkRequest> WorkRequests { get; }

    DbSet<KnowledgeBase> KnowledgeBases { get; }

    DbSet<KnowledgeArticle> KnowledgeArticles { get; }

    DbSet<ArticleView> ArticleViews { get; }

    DbSet<Announcement> Announcements { get; }

    DbSet<AnnouncementDismissal> AnnouncementDismissals { get; }

    DbSet<LoginEvent> LoginEvents { get; }

    DbSet<SavedFilter> SavedFilters { get; }

    DbSet<OutboxMessage> OutboxMessages { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    /// <summary>The tracking entry of a loaded row, e.g. to set the original concurrency version (NFR-4).</summary>
    EntityEntry<TEntity> Entry<TEntity>(TEntity entity)
        where TEntity : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
