using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Companies;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class CustomerAccountConfiguration : IEntityTypeConfiguration<CustomerAccount>
{
    public void Configure(EntityTypeBuilder<CustomerAccount> builder)
    {
        builder.IsAggregate("CustomerAccounts");
        builder.Property(a => a.Number).HasMaxLength(CustomerAccount.NumberMax);
        builder.Property(a => a.DisplayName).HasMaxLength(CustomerAccount.DisplayNameMax);
        builder.HasIndex(a => a.Number).IsUnique();
        builder.HasIndex(a => a.CompanyId);
        builder.References<CustomerAccount, Company>(a => a.CompanyId);
        builder.References<CustomerAccount, Service>(a => a.ServiceId);
    }
}
