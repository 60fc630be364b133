using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Announcements;
using Portal.Domain.Knowledge;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class AnnouncementConfiguration : IEntityTypeConfiguration<Announcement>
{
    public void Configure(EntityTypeBuilder<Announcement> builder)
    {
        builder.IsAggregate("Announcements");
        builder.Property(a => a.TitleJa).HasMaxLength(Announcement.TitleMax);
        builder.Property(a => a.TitleEn).HasMaxLength(Announcement.TitleMax);
        builder.Property(a => a.DisplayFrom).IsUtc();
        builder.Property(a => a.DisplayTo).IsUtc();
        builder.HasIndex(a => new { a.DisplayFrom, a.DisplayTo });
        builder.References<Announcement, KnowledgeArticle>(a => a.ArticleId);
    }
}
