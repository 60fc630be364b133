using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Companies;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        builder.IsAggregate("Companies");
        builder.Property(c => c.Name).HasMaxLength(Company.NameMax);
        builder.Property(c => c.NameKana).HasMaxLength(Company.NameMax);
    }
}
