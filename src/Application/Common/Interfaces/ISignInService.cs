namespace Portal.Application.Common.Interfaces;

/// <summary>The outcome of a password check, deliberately the same for unknown, wrong and locked (AUTH-2).</summary>
public enum PasswordSignInResult
{
    Succeeded,
    Failed,
    LockedOut,
}

/// <summary>The sign-in cookie and password store (ASP.NET Core Identity), seen from the application.</summary>
public interface ISignInService
{
    /// <returns>The result and, when the user ID exists, the contact it belongs to (for the login history only).</returns>
    Task<(PasswordSignInResult Result, Guid? ContactId)> PasswordSignInAsync(string userId, string password, CancellationToken cancellationToken);

    Task SignOutAsync();

    /// <summary>Re-issues the sign-in cookie so a changed profile (language, time zone) applies at once.</summary>
    Task RefreshAsync(Guid contactId);
}
