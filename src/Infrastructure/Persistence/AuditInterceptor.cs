using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Portal.Application.Common.Interfaces;
using Portal.Domain.Audit;
using Portal.Domain.Common;

namespace Portal.Infrastructure.Persistence;

/// <summary>
/// AGT-4: before each save, every added, changed or deleted <see cref="IAuditable"/> entity gets an
/// <see cref="AuditEntry"/> in the same save, so the trail and the change commit or fail together.
/// Only the properties that changed are written, as two JSON objects: their values before and after.
/// </summary>
internal sealed class AuditInterceptor(ICurrentUser principal, TimeProvider clock) : SaveChangesInterceptor
{
    /// <summary>Bookkeeping every save moves; it says nothing about what changed.</summary>
    private static readonly HashSet<string> Ignored = [nameof(AggregateRoot.Version), "UpdatedAt"];

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext? context)
    {
        if (context is null)
            return;
        context.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow();
        var actor = principal.UserId ?? "anonymous";
        var entries = context.ChangeTracker.Entries<IAuditable>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        foreach (var entry in entries)
        {
            var (before, after) = Changes(entry);
            if (before.Count == 0 && after.Count == 0)
                continue;
            context.Add(AuditEntry.Record(principal.ContactId, actor, entry.State.ToString(), entry.Metadata.ClrType.Name,
                (Guid)entry.Property(nameof(Entity.Id)).CurrentValue!, entry.Entity.AuditCompanyId,
                before.Count == 0 ? null : JsonSerializer.Serialize(before, Json),
                after.Count == 0 ? null : JsonSerializer.Serialize(after, Json), now));
        }
    }

    private static (Dictionary<string, object?> Before, Dictionary<string, object?> After) Changes(EntityEntry entry)
    {
        var before = new Dictionary<string, object?>(StringComparer.Ordinal);
        var after = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Ignored.Contains(name) || property.Metadata.IsShadowProperty() || property.Metadata.IsConcurrencyToken)
                continue;
            switch (entry.State)
            {
                case EntityState.Added when property.CurrentValue is not null:
                    after[name] = property.CurrentValue;
                    break;
                case EntityState.Deleted when property.OriginalValue is not null:
                    before[name] = property.OriginalValue;
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    before[name] = property.OriginalValue;
                    after[name] = property.CurrentValue;
                    break;
            }
        }

        return (before, after);
    }
}
