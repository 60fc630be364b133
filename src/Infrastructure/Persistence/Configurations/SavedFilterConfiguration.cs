using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Contacts;
using Portal.Domain.SavedFilters;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class SavedFilterConfiguration : IEntityTypeConfiguration<SavedFilter>
{
    public void Configure(EntityTypeBuilder<SavedFilter> builder)
    {
        builder.IsAggregate("SavedFilters");
        builder.Property(f => f.Name).HasMaxLength(SavedFilter.NameMax);
        builder.Property(f => f.Target).HasMaxLength(SavedFilter.TargetMax);
        builder.Property(f => f.QueryString).HasMaxLength(SavedFilter.QueryStringMax);
        builder.Property(f => f.Visibility).IsEnumName();
        builder.Property(f => f.CreatedAt).IsUtc();
        builder.Property(f => f.UpdatedAt).IsUtc();
        builder.HasIndex(f => new { f.OwnerId, f.Target, f.Name }).IsUnique(); // CASE-6: same name overwrites
        builder.HasIndex(f => new { f.CompanyId, f.Target, f.Visibility });
        builder.References<SavedFilter, Contact>(f => f.OwnerId);
    }
}
