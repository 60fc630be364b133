namespace Portal.Application.Common.Interfaces;

/// <summary>A browser remembered for MFA (AUTH-5 d), as the profile lists it.</summary>
public sealed record RememberedBrowserView(Guid Id, string Description, string? IpAddress, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

/// <summary>The sign-in settings of a user that live with the Identity user rather than the contact.</summary>
/// <param name="PendingTotp">An authenticator secret made but not yet confirmed by a first code.</param>
public sealed record AccountSecurityView(bool TotpEnabled, IReadOnlyList<RememberedBrowserView> RememberedBrowsers, TotpSetup? PendingTotp);

/// <summary>A new authenticator-app secret to show as a QR code and as the manual key (AUTH-5 b).</summary>
public sealed record TotpSetup(string ManualKey, Uri OtpAuthUri);

/// <summary>Second factors and remembered browsers of a user (Identity side of AUTH-5 and PROF-1).</summary>
public interface IAccountSecurity
{
    Task<AccountSecurityView> GetAsync(Guid contactId, CancellationToken cancellationToken);

    /// <summary>Makes a new secret (replacing an unconfirmed one); the app is not on until a first code confirms it.</summary>
    Task<TotpSetup> BeginTotpSetupAsync(Guid contactId, CancellationToken cancellationToken);

    /// <summary>Turns the authenticator app on when <paramref name="code"/> is a current code of the new secret.</summary>
    Task<bool> ConfirmTotpAsync(Guid contactId, string code, CancellationToken cancellationToken);

    Task DisableTotpAsync(Guid contactId, CancellationToken cancellationToken);

    /// <returns>False when the browser is not one of the user's.</returns>
    Task<bool> ForgetBrowserAsync(Guid contactId, Guid browserId, CancellationToken cancellationToken);

    /// <summary>AUTH-2: ends a lockout at once and clears the failure count.</summary>
    /// <returns>False when the user was not locked.</returns>
    Task<bool> UnlockAsync(Guid contactId, CancellationToken cancellationToken);

    /// <summary>AUTH-2: whether the user is locked out now (the contact page offers ロック解除 then).</summary>
    Task<bool> IsLockedAsync(Guid contactId, CancellationToken cancellationToken);

    /// <summary>ADM-2: the sign-in account of a new contact, without a password (set through AUTH-4's first login).</summary>
    Task CreateUserAsync(Guid contactId, string userId, string email, CancellationToken cancellationToken);

    /// <summary>ADM-2 bulk creation: the sign-in accounts of many new contacts at once, saved together.</summary>
    Task CreateUsersAsync(IReadOnlyList<(Guid ContactId, string UserId, string Email)> users, CancellationToken cancellationToken);

    /// <summary>ADM-3: the login name follows the contact's user ID.</summary>
    Task SetUserIdAsync(Guid contactId, string userId, CancellationToken cancellationToken);

    /// <summary>Keeps the Identity user's e-mail equal to the contact's (PROF-1: the change takes effect at once).</summary>
    Task SetEmailAsync(Guid contactId, string email, CancellationToken cancellationToken);
}
