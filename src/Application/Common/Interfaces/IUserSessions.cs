namespace Portal.Application.Common.Interfaces;

/// <summary>A signed-in browser of the user, as the profile lists it (AUTH-6).</summary>
/// <param name="IsCurrent">The browser of this request ("this browser").</param>
public sealed record UserSessionView(Guid Id, string Browser, string? IpAddress, DateTimeOffset SignedInAt, DateTimeOffset LastSeenAt, bool IsCurrent);

/// <summary>
/// AUTH-6: the server-side sessions of the sign-in cookie. Ending one deletes it, so a copy of its cookie
/// gets the login page on its next request, on every node.
/// </summary>
public interface IUserSessions
{
    /// <summary>The user's sessions that have not lapsed, most recently seen first.</summary>
    Task<IReadOnlyList<UserSessionView>> ListAsync(Guid contactId, CancellationToken cancellationToken);

    /// <returns>False when the session is not one of the user's (or already ended).</returns>
    Task<bool> EndAsync(Guid contactId, Guid sessionId, CancellationToken cancellationToken);

    /// <summary>Ends every session of the user but the one of this request.</summary>
    /// <returns>How many were ended.</returns>
    Task<int> EndOthersAsync(Guid contactId, CancellationToken cancellationToken);

    /// <summary>Ends every session of the user, this request's included.</summary>
    Task<int> EndAllAsync(Guid contactId, CancellationToken cancellationToken);
}
