using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Cases;
using Portal.Domain.Contacts;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class CaseWatcherConfiguration : IEntityTypeConfiguration<CaseWatcher>
{
    public void Configure(EntityTypeBuilder<CaseWatcher> builder)
    {
        builder.IsEntity("CaseWatchers");
        builder.Property(w => w.Since).IsUtc();
        builder.HasIndex(w => new { w.CaseId, w.ContactId }).IsUnique();
        builder.HasIndex(w => w.ContactId); // CASE-10: "watch list contains me"
        builder.References<CaseWatcher, Contact>(w => w.ContactId);
    }
}
