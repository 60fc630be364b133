using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Audit;

namespace Portal.Infrastructure.Persistence.Configurations;

/// <summary>AGT-4. Written in the same transaction as the change; no foreign keys, so it outlives its subjects.</summary>
public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.IsEntity("AuditEntries");
        builder.Property(a => a.ActorUserId).HasMaxLength(AuditEntry.ActorUserIdMax);
        builder.Property(a => a.Action).HasMaxLength(AuditEntry.ActionMax);
        builder.Property(a => a.EntityType).HasMaxLength(AuditEntry.EntityTypeMax);
        builder.Property(a => a.At).IsUtc();
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
        builder.HasIndex(a => new { a.CompanyId, a.At });
    }
}
