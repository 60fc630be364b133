using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace Portal.Infrastructure.Identity;

/// <summary>
/// AUTH-5 (b): RFC 6238 codes (30 s, 6 digits) from an authenticator app, ±1 step of drift, each time
/// step accepted once: a code seen before (or an older one) is refused, so an observed code cannot be replayed.
/// </summary>
internal sealed class TotpProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<PortalUser>
{
    public const string Name = "Totp";

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<PortalUser> manager, PortalUser user) =>
        Task.FromResult(user.TotpEnabled);

    /// <summary>The app makes the codes; the portal never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<PortalUser> manager, PortalUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<PortalUser> manager, PortalUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (key is null || !Matches(key, token, clock.GetUtcNow(), out var step) || step <= user.LastTotpStep)
            return false;
        user.LastTotpStep = step;
        await manager.UpdateAsync(user);
        return true;
    }

    public static bool Matches(string base32Key, string code, DateTimeOffset now, out long step)
    {
        step = 0;
        code = code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
            return false;
        var totp = new Totp(Base32Encoding.ToBytes(base32Key));
        return totp.VerifyTotp(now.UtcDateTime, code, out step, new VerificationWindow(previous: 1, future: 1));
    }
}
