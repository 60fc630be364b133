using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Oidc;

/// <summary>
/// API-1, API-2: the server's signing and encryption keys when no certificate is configured: RSA keys created
/// once and stored in the shared database (<see cref="OidcKey"/>), so a token issued by one node validates on
/// every other.
/// </summary>
internal sealed class OidcKeyRing(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider clock)
    : IConfigureOptions<OpenIddictServerOptions>
{
    private const string Purpose = "Portal.Oidc.Keys";

    public void Configure(OpenIddictServerOptions options)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (options.SigningCredentials.Count == 0)
            options.SigningCredentials.Add(new SigningCredentials(Key(db, OidcKey.Signing), SecurityAlgorithms.RsaSha256));
        if (options.EncryptionCredentials.Count == 0)
        {
            options.EncryptionCredentials.Add(new EncryptingCredentials(Key(db, OidcKey.Encryption), SecurityAlgorithms.RsaOAEP,
                SecurityAlgorithms.Aes256CbcHmacSha512));
        }
    }

    /// <summary>Creates the keys that are missing (at start-up, before any request needs them).</summary>
    public static void EnsureCreated(IServiceProvider services)
    {
        var ring = ActivatorUtilities.CreateInstance<OidcKeyRing>(services);
        var db = services.GetRequiredService<PortalDbContext>();
        ring.Key(db, OidcKey.Signing);
        ring.Key(db, OidcKey.Encryption);
    }

    private RsaSecurityKey Key(PortalDbContext db, string use)
    {
        var protector = protection.CreateProtector(Purpose);
        var row = db.Set<OidcKey>().AsNoTracking().SingleOrDefault(k => k.Use == use) ?? Create(db, use, protector);
        using var rsa = RSA.Create();
        rsa.ImportRSAPrivateKey(protector.Unprotect(Convert.FromBase64String(row.ProtectedKey)), out _);
        return new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: true)) { KeyId = row.Id.ToString("N") };
    }

    private OidcKey Create(PortalDbContext db, string use, IDataProtector protector)
    {
        using var rsa = RSA.Create(2048);
        var row = new OidcKey
        {
            Id = Guid.NewGuid(),
            Use = use,
            ProtectedKey = Convert.ToBase64String(protector.Protect(rsa.ExportRSAPrivateKey())),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Add(row);
        try
        {
            db.SaveChanges();
            return row;
        }
        catch (DbUpdateException)
        {
            // Another node created it first: use that one.
            db.ChangeTracker.Clear();
            return db.Set<OidcKey>().AsNoTracking().Single(k => k.Use == use);
        }
    }
}
