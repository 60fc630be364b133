using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Knowledge;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class ArticleAttachmentConfiguration : IEntityTypeConfiguration<ArticleAttachment>
{
    public void Configure(EntityTypeBuilder<ArticleAttachment> builder)
    {
        builder.IsEntity("KnowledgeArticleAttachments");
        builder.HasFileColumns();
        builder.HasIndex(a => a.ArticleId);
    }
}
