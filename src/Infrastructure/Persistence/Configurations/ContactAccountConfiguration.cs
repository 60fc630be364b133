using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Companies;
using Portal.Domain.Contacts;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class ContactAccountConfiguration : IEntityTypeConfiguration<ContactAccount>
{
    public void Configure(EntityTypeBuilder<ContactAccount> builder)
    {
        builder.IsEntity("ContactAccounts");
        builder.HasIndex(a => new { a.ContactId, a.CustomerAccountId }).IsUnique();
        builder.HasIndex(a => a.CustomerAccountId);
        builder.References<ContactAccount, CustomerAccount>(a => a.CustomerAccountId);
    }
}
