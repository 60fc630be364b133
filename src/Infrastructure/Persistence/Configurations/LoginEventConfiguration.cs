using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.LoginHistory;

namespace Portal.Infrastructure.Persistence.Configurations;

/// <summary>Append-only and never blocking a login: no foreign keys.</summary>
public sealed class LoginEventConfiguration : IEntityTypeConfiguration<LoginEvent>
{
    public void Configure(EntityTypeBuilder<LoginEvent> builder)
    {
        builder.IsEntity("LoginEvents");
        builder.Property(e => e.Kind).IsEnumName();
        builder.Property(e => e.UserId).HasMaxLength(LoginEvent.UserIdMax);
        builder.Property(e => e.OccurredAt).IsUtc();
        builder.Property(e => e.IpAddress).HasMaxLength(LoginEvent.IpAddressMax);
        builder.Property(e => e.UserAgent).HasMaxLength(LoginEvent.UserAgentMax);
        builder.Property(e => e.Detail).HasMaxLength(LoginEvent.DetailMax);
        builder.HasIndex(e => new { e.CompanyId, e.OccurredAt }); // HIST-1: a customer admin's view
        builder.HasIndex(e => new { e.ContactId, e.OccurredAt }); // HIST-1: a customer's own
        builder.HasIndex(e => e.OccurredAt);
    }
}
