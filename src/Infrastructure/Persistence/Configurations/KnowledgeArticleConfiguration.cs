using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Contacts;
using Portal.Domain.Knowledge;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class KnowledgeArticleConfiguration : IEntityTypeConfiguration<KnowledgeArticle>
{
    public void Configure(EntityTypeBuilder<KnowledgeArticle> builder)
    {
        builder.IsAggregate("KnowledgeArticles");
        builder.Property(a => a.Number).HasMaxLength(KnowledgeArticle.NumberMax);
        builder.Property(a => a.Language).IsLanguageCode();
        builder.Property(a => a.Title).HasMaxLength(KnowledgeArticle.TitleMax);
        builder.Property(a => a.TranslatedTitle).HasMaxLength(KnowledgeArticle.TitleMax);
        builder.Property(a => a.AuthorName).HasMaxLength(KnowledgeArticle.AuthorNameMax);
        builder.Property(a => a.Status).IsEnumName();
        builder.Property(a => a.CreatedAt).IsUtc();
        builder.Property(a => a.UpdatedAt).IsUtc();
        builder.Property(a => a.PublishedAt).IsUtc();

        builder.HasIndex(a => a.Number).IsUnique();
        builder.HasIndex(a => new { a.Status, a.KnowledgeBaseId, a.CategoryId });
        // KB-1: the knowledge list's newest articles first, within a state.
        builder.HasIndex(a => new { a.Status, a.UpdatedAt, a.Number });

        builder.References<KnowledgeArticle, KnowledgeBase>(a => a.KnowledgeBaseId);
        builder.References<KnowledgeArticle, KnowledgeCategory>(a => a.CategoryId);
        builder.References<KnowledgeArticle, Contact>(a => a.AuthorId);
        builder.HasChildren(a => a.Services, s => s.ArticleId);
        builder.HasChildren(a => a.Attachments, s => s.ArticleId);
    }
}
