namespace Portal.Application.Common.Interfaces;

/// <summary>How a sign-in step ended. Unknown user, wrong password and locked look the same to the visitor (AUTH-2).</summary>
public enum SignInStatus
{
    Succeeded,
    RequiresMfa,
    Failed,
    LockedOut,
}

/// <param name="ContactId">The contact the user ID belongs to, when it exists (for the login history only).</param>
/// <param name="LockedNow">This very attempt locked the account (the user is then told by e-mail).</param>
public sealed record SignInCheck(SignInStatus Result, Guid? ContactId, bool LockedNow = false);

/// <summary>AUTH-5: the second factors a user can be asked for.</summary>
public enum MfaMethod
{
    EmailCode,
    Totp,
}

/// <summary>A user who passed the password step on this browser and now owes a second factor.</summary>
public sealed record MfaChallenge(Guid ContactId, string UserId, IReadOnlyList<MfaMethod> Methods, string Email, DateTimeOffset? LastEmailCodeAt);

/// <summary>The sign-in cookie and password store (ASP.NET Core Identity), seen from the application.</summary>
public interface ISignInService
{
    Task<SignInCheck> PasswordSignInAsync(string userId, string password, CancellationToken cancellationToken);

    /// <summary>The user this browser is signing in as, between the password and the second factor; null if none.</summary>
    Task<MfaChallenge?> PendingMfaAsync(CancellationToken cancellationToken);

    /// <summary>Makes a new e-mail code for the pending user (stored hashed) and returns it for the mail.</summary>
    Task<string> IssueEmailCodeAsync(Guid contactId, CancellationToken cancellationToken);

    /// <summary>Checks the second factor; failures count toward lockout (AUTH-5 e).</summary>
    Task<SignInCheck> MfaSignInAsync(MfaMethod method, string code, bool rememberBrowser, string? ipAddress, string? userAgent);

    Task SignOutAsync();

    /// <summary>Re-issues the sign-in cookie so a changed profile (language, time zone) applies at once.</summary>
    Task RefreshAsync(Guid contactId);
}
