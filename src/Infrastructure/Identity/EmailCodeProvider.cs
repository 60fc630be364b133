using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Security;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Identity;

/// <summary>
/// AUTH-5 (a): 6-digit codes sent by e-mail, valid 5 minutes and once. Only a hash is stored, and a code
/// is checked against the user's own unexpired, unused codes only.
/// </summary>
internal sealed class EmailCodeProvider(PortalDbContext db, TimeProvider clock) : IUserTwoFactorTokenProvider<PortalUser>
{
    public const string Name = "EmailCode";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<PortalUser> manager, PortalUser user) =>
        db.ContactsSigningIn().AnyAsync(c => c.Id == user.Id && c.EmailMfaEnabled);

    public Task<string> GenerateAsync(string purpose, UserManager<PortalUser> manager, PortalUser user)
    {
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var now = clock.GetUtcNow();
        db.EmailCodes.Add(new EmailCode { UserId = user.Id, CodeHash = Hash(user.Id, code), CreatedAt = now, ExpiresAt = now + Lifetime });
        return Task.FromResult(code);
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<PortalUser> manager, PortalUser user)
    {
        var now = clock.GetUtcNow();
        var hash = Hash(user.Id, token.Trim());
        var candidates = await db.EmailCodes.Where(c => c.UserId == user.Id && c.UsedAt == null).ToListAsync();
        var match = candidates.FirstOrDefault(c => c.ExpiresAt > now
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(c.CodeHash), Encoding.ASCII.GetBytes(hash)));
        if (match is null)
            return false;
        match.UsedAt = now;
        await db.SaveChangesAsync();
        return true;
    }

    private static string Hash(Guid userId, string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{userId:N}:{code}")));
}
