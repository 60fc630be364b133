using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Companies;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> builder)
    {
        builder.IsEntity("Services");
        builder.Property(s => s.Code).HasMaxLength(Service.CodeMax);
        builder.Property(s => s.NameJa).HasMaxLength(Service.NameMax);
        builder.Property(s => s.NameEn).HasMaxLength(Service.NameMax);
        builder.HasIndex(s => s.Code).IsUnique();
    }
}
