using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Contacts;
using Portal.Domain.Knowledge;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class ArticleViewConfiguration : IEntityTypeConfiguration<ArticleView>
{
    public void Configure(EntityTypeBuilder<ArticleView> builder)
    {
        builder.IsEntity("KnowledgeArticleViews");
        builder.HasIndex(v => new { v.ArticleId, v.ContactId, v.Day }).IsUnique(); // KB-3: once per user per day
        builder.HasOne<KnowledgeArticle>().WithMany().HasForeignKey(v => v.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.References<ArticleView, Contact>(v => v.ContactId);
    }
}
