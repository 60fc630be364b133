using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Identity;

/// <summary>The Identity side of AUTH-5 and PROF-1: authenticator secrets, remembered browsers, the sign-in e-mail.</summary>
internal sealed class AccountSecurity(UserManager<PortalUser> users, PortalDbContext db, TimeProvider clock) : IAccountSecurity
{
    private const string Issuer = "Customer Portal";

    public async Task<AccountSecurityView> GetAsync(Guid contactId, CancellationToken cancellationToken)
    {
        var user = await UserAsync(contactId);
        var now = clock.GetUtcNow();
        var browsers = await db.RememberedBrowsers.AsNoTracking().Where(b => b.UserId == contactId && b.ExpiresAt > now)
            .OrderByDescending(b => b.CreatedAt)
            .Select(b => new RememberedBrowserView(b.Id, b.Description, b.IpAddress, b.CreatedAt, b.ExpiresAt))
            .ToListAsync(cancellationToken);
        var key = user.TotpEnabled ? null : await users.GetAuthenticatorKeyAsync(user);
        return new AccountSecurityView(user.TotpEnabled, browsers, key is null ? null : Setup(user, key));
    }

    public async Task<TotpSetup> BeginTotpSetupAsync(Guid contactId, CancellationToken cancellationToken)
    {
        var user = await UserAsync(contactId);
        if (user.TotpEnabled)
            throw new Domain.Common.DomainRuleException("Mfa.TotpAlreadyOn");
        await users.ResetAuthenticatorKeyAsync(user);
        var key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key.");
        return Setup(user, key);
    }

    private static TotpSetup Setup(PortalUser user, string key)
    {
        var label = Uri.EscapeDataString($"{Issuer}:{user.UserName}");
        return new TotpSetup(key, new Uri($"otpauth://totp/{label}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30"));
    }

    public async Task<bool> ConfirmTotpAsync(Guid contactId, string code, CancellationToken cancellationToken)
    {
        var user = await UserAsync(contactId);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (user.TotpEnabled || key is null || !TotpProvider.Matches(key, code, clock.GetUtcNow(), out var step))
            return false;
        user.TotpEnabled = true;
        user.LastTotpStep = step; // the confirming code is used up: it cannot also sign in
        await users.UpdateAsync(user);
        return true;
    }

    public async Task DisableTotpAsync(Guid contactId, CancellationToken cancellationToken)
    {
        var user = await UserAsync(contactId);
        user.TotpEnabled = false;
        await users.UpdateAsync(user);
        await users.ResetAuthenticatorKeyAsync(user); // a later setup starts from a new secret
    }

    public async Task<bool> ForgetBrowserAsync(Guid contactId, Guid browserId, CancellationToken cancellationToken) =>
        await db.RememberedBrowsers.Where(b => b.Id == browserId && b.UserId == contactId).ExecuteDeleteAsync(cancellationToken) == 1;

    public async Task<bool> UnlockAsync(Guid contactId, CancellationToken cancellationToken)
    {
        var user = await UserAsync(contactId);
        var locked = await users.IsLockedOutAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return locked;
    }

    public async Task SetEmailAsync(Guid contactId, string email, CancellationToken cancellationToken)
    {
        var user = await UserAsync(contactId);
        user.Email = email;
        user.NormalizedEmail = users.NormalizeEmail(email);
        user.EmailConfirmed = true; // PROF-1: the change takes effect at once, as the guide describes
        await users.UpdateAsync(user);
    }

    public async Task<bool> IsLockedAsync(Guid contactId, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(contactId.ToString()) is { } user && await users.IsLockedOutAsync(user);

    public async Task CreateUserAsync(Guid contactId, string userId, string email, CancellationToken cancellationToken)
    {
        // No password: the user sets one through the first-login flow (AUTH-4), which the activation mail leads to.
        var result = await users.CreateAsync(new PortalUser { Id = contactId, UserName = userId, Email = email, EmailConfirmed = true });
        if (!result.Succeeded)
            throw new InvalidOperationException("Identity user not created: " + string.Join("; ", result.Errors.Select(e => e.Code)));
    }

    public async Task CreateUsersAsync(IReadOnlyList<(Guid ContactId, string UserId, string Email)> newUsers, CancellationToken cancellationToken)
    {
        // What UserManager.CreateAsync sets, without its one save and uniqueness query per user: the contacts'
        // unique user-ID index has already decided, in the same transaction.
        foreach (var (contactId, userId, email) in newUsers)
        {
            db.Users.Add(new PortalUser
            {
                Id = contactId,
                UserName = userId,
                NormalizedUserName = users.NormalizeName(userId),
                Email = email,
                NormalizedEmail = users.NormalizeEmail(email),
                EmailConfirmed = true,
                LockoutEnabled = true,
                SecurityStamp = Guid.NewGuid().ToString("N"),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task SetUserIdAsync(Guid contactId, string userId, CancellationToken cancellationToken)
    {
        var user = await UserAsync(contactId);
        user.UserName = userId;
        user.NormalizedUserName = users.NormalizeName(userId);
        await users.UpdateAsync(user);
    }

    private async Task<PortalUser> UserAsync(Guid contactId) =>
        await users.FindByIdAsync(contactId.ToString()) ?? throw new InvalidOperationException("No Identity user for the contact.");
}
