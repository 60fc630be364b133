using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Companies;
using Portal.Domain.Contacts;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.IsAggregate("Contacts");
        builder.Property(c => c.UserId).HasMaxLength(Contact.UserIdMax);
        builder.Property(c => c.NormalizedUserId).HasMaxLength(Contact.UserIdMax);
        builder.Property(c => c.Email).HasMaxLength(Contact.EmailMax);
        builder.Property(c => c.FirstName).HasMaxLength(Contact.NameMax);
        builder.Property(c => c.LastName).HasMaxLength(Contact.NameMax);
        builder.Property(c => c.Title).HasMaxLength(Contact.TitleMax);
        builder.Property(c => c.PhoneBusiness).HasMaxLength(Contact.PhoneMax);
        builder.Property(c => c.PhoneMobile).HasMaxLength(Contact.PhoneMax);
        builder.Property(c => c.Language).IsLanguageCode();
        builder.Property(c => c.TimeZone).HasMaxLength(Contact.TimeZoneMax);
        builder.Property(c => c.Role).IsEnumName();
        builder.Property(c => c.CreatedAt).IsUtc();
        builder.Property(c => c.UpdatedAt).IsUtc();
        builder.HasIndex(c => c.NormalizedUserId).IsUnique(); // AUTH-1, ADM-3: unique portal-wide
        builder.HasIndex(c => c.CompanyId);
        builder.References<Contact, Company>(c => c.CompanyId);
        builder.HasChildren(c => c.Accounts, a => a.ContactId);
    }
}
