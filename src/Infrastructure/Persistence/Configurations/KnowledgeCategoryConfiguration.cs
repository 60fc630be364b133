using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Knowledge;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class KnowledgeCategoryConfiguration : IEntityTypeConfiguration<KnowledgeCategory>
{
    public void Configure(EntityTypeBuilder<KnowledgeCategory> builder)
    {
        builder.IsEntity("KnowledgeCategories");
        builder.Property(c => c.NameJa).HasMaxLength(KnowledgeCategory.NameMax);
        builder.Property(c => c.NameEn).HasMaxLength(KnowledgeCategory.NameMax);
    }
}
