using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Companies;
using Portal.Domain.Knowledge;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class ArticleServiceConfiguration : IEntityTypeConfiguration<ArticleService>
{
    public void Configure(EntityTypeBuilder<ArticleService> builder)
    {
        builder.IsEntity("KnowledgeArticleServices");
        builder.HasIndex(s => new { s.ArticleId, s.ServiceId }).IsUnique();
        builder.References<ArticleService, Service>(s => s.ServiceId);
    }
}
