using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Cases;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class CaseCommentConfiguration : IEntityTypeConfiguration<CaseComment>
{
    public void Configure(EntityTypeBuilder<CaseComment> builder)
    {
        builder.IsEntity("CaseComments");
        builder.Property(c => c.AuthorName).HasMaxLength(CaseComment.AuthorNameMax);
        builder.Property(c => c.CreatedAt).IsUtc();
        builder.HasIndex(c => new { c.CaseId, c.CreatedAt });
    }
}
