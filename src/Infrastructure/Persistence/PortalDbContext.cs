using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Mail;
using Portal.Application.Common.Security;
using Portal.Domain.Cases;
using Portal.Domain.Common;
using Portal.Domain.Knowledge;
using Portal.Domain.Outbox;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Search;

namespace Portal.Infrastructure.Persistence;

/// <summary>
/// The one model for every provider. Provider-specific subclasses only carry their own migrations.
/// Saving turns domain events into outbox rows in the same transaction (MAIL-2) and advances the
/// concurrency version of every changed aggregate (NFR-4).
/// </summary>
public abstract partial class PortalDbContext(DbContextOptions options, TimeProvider clock, ICurrentUser principal)
    : IdentityUserContext<PortalUser, Guid>(options), IApplicationDbContext, IUnitOfWork, IDataProtectionKeyContext
{
    private IDbContextTransaction? _transaction;
    private bool _wroteOutbox;

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<SequenceCounter> SequenceCounters => Set<SequenceCounter>();

    public DbSet<AttemptWindow> AttemptWindows => Set<AttemptWindow>();

    public DbSet<EmailCode> EmailCodes => Set<EmailCode>();

    public DbSet<RememberedBrowser> RememberedBrowsers => Set<RememberedBrowser>();

    public DbSet<ResetMail> ResetMails => Set<ResetMail>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    /// <summary>The request's scope, read by the named query filters on every query (never loaded here: the pipeline did).</summary>
    private AccessScope Scope => principal.Scope;

    protected bool ScopeSeesAll => Scope.SeesAll;

    protected IReadOnlyList<Guid> ScopeAccountIds => Scope.AccountIds;

    /// <summary>No company is <see cref="Guid.Empty"/>, which matches no row (a null would match the rows of no company).</summary>
    protected Guid ScopeCompanyId => Scope.CompanyId ?? Guid.Empty;

    protected IReadOnlyList<Guid> ScopeServiceIds => Scope.ServiceIds;

    /// <summary>A customer's scope; anonymous callers have none, so even unrestricted articles stay hidden from them.</summary>
    protected bool ScopeIsContact => Scope.CompanyId is not null;

    public bool InTransaction => Database.CurrentTransaction is not null;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        // Identity's schema follows IdentityOptions.Stores.SchemaVersion: Version3 carries passkeys (AUTH-9).
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        // API-1, API-2: OpenIddict's applications, authorizations, scopes and tokens (Guid keys).
        builder.UseOpenIddict<Guid>();
        ConfigureTenantFilters(builder);
    }

    partial void ConfigureTenantFilters(ModelBuilder builder);

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        WriteOutbox();
        WriteSearchChanges();
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        WriteOutbox();
        WriteSearchChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void WriteOutbox()
    {
        var now = clock.GetUtcNow();
        foreach (var entry in ChangeTracker.Entries<AggregateRoot>().ToList())
        {
            if (entry.State is EntityState.Modified or EntityState.Added || HasChangedChildren(entry))
            {
                var version = entry.Property(a => a.Version);
                if (entry.State == EntityState.Unchanged)
                    entry.State = EntityState.Modified;
                if (entry.State != EntityState.Added)
                    version.CurrentValue = version.OriginalValue + 1;
            }

            foreach (var domainEvent in entry.Entity.DomainEvents)
                Add(OutboxMessage.Create(domainEvent.GetType().FullName!, JsonSerializer.Serialize(domainEvent, domainEvent.GetType()), now));
            entry.Entity.ClearDomainEvents();
        }

        _wroteOutbox |= ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);
    }

    /// <summary>
    /// CASE-5, KB-2: every case or article saved as new or changed (a comment added counts: the outbox step
    /// marked the case modified) gets one <see cref="SearchChange"/> row in the same transaction, which every
    /// node's search index applies. The index reads the saved state itself, so work notes never reach it.
    /// </summary>
    private void WriteSearchChanges()
    {
        var now = clock.GetUtcNow();
        var changed = ChangeTracker.Entries<AggregateRoot>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .Select(e => e.Entity switch
            {
                Case c => (SearchDocumentKind.Case, c.Id),
                KnowledgeArticle a => (SearchDocumentKind.Article, a.Id),
                _ => ((SearchDocumentKind, Guid)?)null,
            })
            .OfType<(SearchDocumentKind Kind, Guid Id)>()
            .Distinct()
            .ToList();
        foreach (var (kind, id) in changed)
            Add(new SearchChange(kind, id, now));
    }

    /// <summary>
    /// A new comment on a case is a change of the case: its version must move too. An
    /// <see cref="IUnversionedChild"/> (a watcher) is a person's own setting, no change of the aggregate.
    /// </summary>
    private static bool HasChangedChildren(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<AggregateRoot> entry) =>
        entry.Navigations.Any(n => n is Microsoft.EntityFrameworkCore.ChangeTracking.CollectionEntry { CurrentValue: not null } c
            && c.CurrentValue.Cast<object>().Any(child => child is not IUnversionedChild
                && c.FindEntry(child)?.State is EntityState.Added or EntityState.Modified or EntityState.Deleted));

    public async Task BeginAsync(CancellationToken cancellationToken) =>
        _transaction = await Database.BeginTransactionAsync(cancellationToken);

    public async Task<bool> CommitAsync(CancellationToken cancellationToken)
    {
        await SaveChangesAsync(cancellationToken);
        if (_transaction is not null)
        {
            await _transaction.CommitAsync(cancellationToken);
            await _transaction.DisposeAsync();
            _transaction = null;
        }

        var wroteOutbox = _wroteOutbox;
        _wroteOutbox = false;
        return wroteOutbox;
    }

    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        if (_transaction is not null)
        {
            await _transaction.RollbackAsync(cancellationToken);
            await _transaction.DisposeAsync();
            _transaction = null;
        }

        ChangeTracker.Clear();
        _wroteOutbox = false;
    }
}
