using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Application.Common.Security;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Identity;

/// <summary>
/// Identity's sign-in with the portal's rules: a disabled contact cannot sign in by any means
/// (password, code or passkey), and "don't ask MFA on this browser for 8 hours" (AUTH-5 d) is a row per
/// browser the user can see and revoke, instead of Identity's single remember-me cookie.
/// </summary>
internal sealed class PortalSignInManager(UserManager<PortalUser> users, IHttpContextAccessor http, IUserClaimsPrincipalFactory<PortalUser> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<PortalUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<PortalUser> confirmation, PortalDbContext db, TimeProvider clock)
    : SignInManager<PortalUser>(users, http, claims, options, logger, schemes, confirmation)
{
    public const string RememberCookie = "portal.mfa-browser";
    public static readonly TimeSpan RememberFor = TimeSpan.FromHours(8);

    public override async Task<bool> CanSignInAsync(PortalUser user) =>
        await base.CanSignInAsync(user) && await db.ContactsSigningIn().AnyAsync(c => c.Id == user.Id && c.IsActive);

    public override async Task<bool> IsTwoFactorClientRememberedAsync(PortalUser user)
    {
        if (Context.Request.Cookies[RememberCookie] is not { Length: > 0 } token)
            return false;
        var hash = Hash(token);
        var now = clock.GetUtcNow();
        return await db.RememberedBrowsers.AnyAsync(b => b.UserId == user.Id && b.TokenHash == hash && b.ExpiresAt > now);
    }

    /// <summary>Remembers this browser for the user: a random token in a cookie, its hash in the database.</summary>
    public void RememberBrowser(PortalUser user, string? ipAddress, string? userAgent)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        db.RememberedBrowsers.Add(new RememberedBrowser
        {
            UserId = user.Id,
            TokenHash = Hash(token),
            Description = ClientInfo.Browser(userAgent),
            IpAddress = ClientInfo.Address(ipAddress),
            CreatedAt = now,
            ExpiresAt = now + RememberFor,
        });
        Context.Response.Cookies.Append(RememberCookie, token, new CookieOptions
        {
            HttpOnly = true,
            Secure = Context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            Expires = now + RememberFor,
        });
    }

    internal static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
