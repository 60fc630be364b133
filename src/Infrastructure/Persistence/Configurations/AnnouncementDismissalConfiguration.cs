using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Announcements;
using Portal.Domain.Contacts;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class AnnouncementDismissalConfiguration : IEntityTypeConfiguration<AnnouncementDismissal>
{
    public void Configure(EntityTypeBuilder<AnnouncementDismissal> builder)
    {
        builder.IsEntity("AnnouncementDismissals");
        builder.Property(d => d.DismissedAt).IsUtc();
        builder.HasIndex(d => new { d.AnnouncementId, d.ContactId }).IsUnique(); // ANN-2
        builder.HasIndex(d => d.ContactId);
        builder.HasOne<Announcement>().WithMany().HasForeignKey(d => d.AnnouncementId).OnDelete(DeleteBehavior.Cascade);
        builder.References<AnnouncementDismissal, Contact>(d => d.ContactId);
    }
}
