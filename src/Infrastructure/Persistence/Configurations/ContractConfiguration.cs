using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Companies;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> builder)
    {
        builder.IsAggregate("Contracts");
        builder.Property(c => c.LicenceType).HasMaxLength(Contract.LicenceTypeMax);
        builder.Property(c => c.CrowdStrikeCustomerName).HasMaxLength(Contract.CrowdStrikeCustomerNameMax);
        builder.Property(c => c.CrowdStrikeCid).HasMaxLength(Contract.CrowdStrikeCidLength);
        builder.Property(c => c.Platform).HasMaxLength(Contract.SettingMax);
        builder.Property(c => c.EnrollmentMode).HasMaxLength(Contract.SettingMax);
        builder.Property(c => c.Notes).HasMaxLength(Contract.NotesMax);
        builder.HasIndex(c => c.CustomerAccountId).IsUnique(); // one contract per customer account (SVC-1)
        builder.HasIndex(c => c.CrowdStrikeCid).IsUnique(); // API-1 maps an alert's CID to exactly one account
        builder.References<Contract, CustomerAccount>(c => c.CustomerAccountId);
    }
}
