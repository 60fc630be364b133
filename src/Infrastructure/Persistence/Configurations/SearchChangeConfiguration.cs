using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Infrastructure.Search;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class SearchChangeConfiguration : IEntityTypeConfiguration<SearchChange>
{
    public void Configure(EntityTypeBuilder<SearchChange> builder)
    {
        builder.ToTable(SearchChange.Table);
        builder.HasKey(c => c.Seq);
        builder.Property(c => c.Seq).ValueGeneratedOnAdd();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(c => c.At);
    }
}

public sealed class SearchEpochConfiguration : IEntityTypeConfiguration<SearchEpoch>
{
    public void Configure(EntityTypeBuilder<SearchEpoch> builder)
    {
        builder.ToTable("SearchEpochs");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
    }
}
