using Portal.Application.Account.Passwords;

namespace Portal.Application.Common.Interfaces;

/// <param name="ContactId">The contact of the user ID, when it exists (for the login history and the mail).</param>
/// <param name="Token">The reset token, only when <see cref="ResetDecision.LinkIssued"/>.</param>
/// <param name="LastResetAt">When the last reset was completed (for the cool-down mail).</param>
public sealed record ResetRequest(ResetDecision Decision, Guid? ContactId, string? Token, DateTimeOffset? LastResetAt);

public enum PasswordChangeResult
{
    Changed,
    WrongPassword,

    /// <summary>This wrong current password was the fifth in a row: the account is now locked (AUTH-2).</summary>
    LockedNow,
}

/// <summary>The password store (ASP.NET Core Identity) seen from the application: AUTH-3, AUTH-4, AUTH-7.</summary>
public interface IPasswordService
{
    /// <summary>
    /// AUTH-4 step 2: applies <see cref="ResetRules"/> to the user's counters and saves them. Does the same
    /// reads and token work whether or not the user ID exists, so the time taken tells nothing.
    /// </summary>
    Task<ResetRequest> RequestResetAsync(string userId, string email, CancellationToken cancellationToken);

    /// <summary>Whether a reset link (contact and token) can still be used: not expired, not used, not superseded.</summary>
    Task<bool> IsResetLinkValidAsync(Guid contactId, string token);

    /// <summary>Sets the password through a reset link; false when the link is not valid. The link is used up.</summary>
    Task<bool> ResetAsync(Guid contactId, string token, string newPassword);

    /// <summary>AUTH-7. Wrong current passwords count toward lockout like wrong sign-ins (AUTH-2).</summary>
    Task<PasswordChangeResult> ChangeAsync(Guid contactId, string currentPassword, string newPassword);
}
