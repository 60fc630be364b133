using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Infrastructure.Persistence.Configurations;

namespace Portal.Infrastructure.Identity;

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.Property(u => u.ResetBlockedUntil).IsUtc();
        builder.Property(u => u.PasswordResetAt).IsUtc();
        builder.Property(u => u.PasswordChangedAt).IsUtc();
    }
}

internal sealed class EmailCodeConfiguration : IEntityTypeConfiguration<EmailCode>
{
    public void Configure(EntityTypeBuilder<EmailCode> builder)
    {
        builder.ToTable("EmailCodes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.CodeHash).HasMaxLength(64);
        builder.Property(c => c.CreatedAt).IsUtc();
        builder.Property(c => c.ExpiresAt).IsUtc();
        builder.Property(c => c.UsedAt).IsUtc();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.UserId, c.CreatedAt });
    }
}

internal sealed class RememberedBrowserConfiguration : IEntityTypeConfiguration<RememberedBrowser>
{
    public void Configure(EntityTypeBuilder<RememberedBrowser> builder)
    {
        builder.ToTable("RememberedBrowsers");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.TokenHash).HasMaxLength(64);
        builder.Property(b => b.Description).HasMaxLength(ClientInfo.BrowserMax);
        builder.Property(b => b.IpAddress).HasMaxLength(ClientInfo.AddressMax);
        builder.Property(b => b.CreatedAt).IsUtc();
        builder.Property(b => b.ExpiresAt).IsUtc();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(b => b.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => b.TokenHash).IsUnique();
        builder.HasIndex(b => b.UserId);
    }
}

internal sealed class ResetMailConfiguration : IEntityTypeConfiguration<ResetMail>
{
    public void Configure(EntityTypeBuilder<ResetMail> builder)
    {
        builder.ToTable("ResetMails");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.SentAt).IsUtc();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.UserId);
    }
}

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.ToTable("UserSessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.KeyHash).HasMaxLength(64);
        builder.Property(s => s.Browser).HasMaxLength(ClientInfo.BrowserMax);
        builder.Property(s => s.IpAddress).HasMaxLength(ClientInfo.AddressMax);
        builder.Property(s => s.CreatedAt).IsUtc();
        builder.Property(s => s.LastSeenAt).IsUtc();
        builder.Property(s => s.ExpiresAt).IsUtc();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.KeyHash).IsUnique();
        builder.HasIndex(s => s.UserId);
        builder.HasIndex(s => s.ExpiresAt); // the cleanup job's range
    }
}
