using Microsoft.AspNetCore.Identity;

namespace Portal.Infrastructure.Identity;

/// <summary>
/// The sign-in side of a contact: password hash, lockout, security stamp, MFA and passkeys.
/// Its Id is the Contact's Id and its UserName the contact's user ID (AUTH-1); the profile lives on Contact.
/// </summary>
public sealed class PortalUser : IdentityUser<Guid>
{
    /// <summary>
    /// Always on: whether a second factor is asked is decided by the methods the user has (AUTH-5) — e-mail
    /// codes on the contact, a confirmed authenticator app here — so no flag can disagree with them.
    /// </summary>
    public override bool TwoFactorEnabled
    {
        get => true;
        set { }
    }

    /// <summary>AUTH-5 (b): an authenticator app was set up and confirmed with a first code.</summary>
    public bool TotpEnabled { get; set; }

    /// <summary>AUTH-5: the last TOTP time step accepted, so a code is never accepted twice.</summary>
    public long LastTotpStep { get; set; }

    /// <summary>AUTH-4: consecutive reset requests whose e-mail did not match the user's.</summary>
    public int ResetMismatches { get; set; }

    /// <summary>AUTH-4: after 5 mismatches no reset is possible until then.</summary>
    public DateTimeOffset? ResetBlockedUntil { get; set; }

    /// <summary>AUTH-10: the one reset link that may still be used; each new link replaces it, voiding the older ones.</summary>
    public Guid? ResetLinkId { get; set; }

    /// <summary>AUTH-4: when a reset was last completed (another is refused for 24 hours).</summary>
    public DateTimeOffset? PasswordResetAt { get; set; }

    /// <summary>AUTH-7: when the password was last set, by change or reset.</summary>
    public DateTimeOffset? PasswordChangedAt { get; set; }
}
