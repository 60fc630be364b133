using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Infrastructure.Persistence.Search;

namespace Portal.Infrastructure.Persistence.Configurations;

/// <summary>The keyword index's rows; the full-text index over <see cref="CaseSearchEntry.Tokens"/> is created by the migration per provider.</summary>
public sealed class CaseSearchEntryConfiguration : IEntityTypeConfiguration<CaseSearchEntry>
{
    public void Configure(EntityTypeBuilder<CaseSearchEntry> builder)
    {
        builder.ToTable(CaseSearchEntry.Table);
        builder.HasKey(e => e.Seq);
        builder.Property(e => e.Seq).ValueGeneratedOnAdd();
        builder.HasIndex(e => e.SourceId).IsUnique();
        builder.HasIndex(e => e.CaseId);
    }
}
