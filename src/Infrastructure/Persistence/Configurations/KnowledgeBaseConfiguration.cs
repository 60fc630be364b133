using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Knowledge;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class KnowledgeBaseConfiguration : IEntityTypeConfiguration<KnowledgeBase>
{
    public void Configure(EntityTypeBuilder<KnowledgeBase> builder)
    {
        builder.IsAggregate("KnowledgeBases");
        builder.Property(b => b.NameJa).HasMaxLength(KnowledgeBase.NameMax);
        builder.Property(b => b.NameEn).HasMaxLength(KnowledgeBase.NameMax);
        builder.HasChildren(b => b.Categories, c => c.KnowledgeBaseId);
    }
}
