using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Infrastructure.Oidc;

/// <summary>
/// API-1, API-2: an RSA key of the OpenID Connect server, kept in the shared database so that every node signs
/// and decrypts with the same keys. The private key is protected with ASP.NET Data Protection, whose key ring
/// the nodes share too. One row per use: the unique index settles two nodes creating it at once.
/// </summary>
public sealed class OidcKey
{
    public const string Signing = "sig";
    public const string Encryption = "enc";

    public Guid Id { get; set; }

    /// <summary><see cref="Signing"/> or <see cref="Encryption"/>.</summary>
    public string Use { get; set; } = string.Empty;

    /// <summary>The PKCS#1 private key, protected, base64.</summary>
    public string ProtectedKey { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}

public sealed class OidcKeyConfiguration : IEntityTypeConfiguration<OidcKey>
{
    public void Configure(EntityTypeBuilder<OidcKey> builder)
    {
        builder.ToTable("OidcKeys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Use).HasMaxLength(8);
        builder.HasIndex(k => k.Use).IsUnique();
        builder.Property(k => k.ProtectedKey).HasMaxLength(8000);
    }
}
