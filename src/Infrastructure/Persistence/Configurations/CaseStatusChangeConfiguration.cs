using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Cases;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class CaseStatusChangeConfiguration : IEntityTypeConfiguration<CaseStatusChange>
{
    public void Configure(EntityTypeBuilder<CaseStatusChange> builder)
    {
        builder.IsEntity("CaseStatusChanges");
        builder.Property(c => c.FromStatus).IsEnumName();
        builder.Property(c => c.ToStatus).IsEnumName();
        builder.Property(c => c.At).IsUtc();
        builder.HasIndex(c => new { c.CaseId, c.At });
    }
}
