using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Identity;

/// <summary>AUTH-6: a user's rows of the session store; every query names the user, so no one reaches another's sessions.</summary>
internal sealed class UserSessions(PortalDbContext db, IHttpContextAccessor http, TimeProvider clock) : IUserSessions
{
    private Guid? Current => UserSessionStore.CurrentId(http.HttpContext);

    public async Task<IReadOnlyList<UserSessionView>> ListAsync(Guid contactId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var current = Current;
        var sessions = await db.UserSessions.AsNoTracking().Where(s => s.UserId == contactId && s.ExpiresAt > now)
            .Select(s => new UserSessionView(s.Id, s.Browser, s.IpAddress, s.CreatedAt, s.LastSeenAt, s.Id == current))
            .ToListAsync(cancellationToken);
        return [.. sessions.OrderByDescending(s => s.IsCurrent).ThenByDescending(s => s.LastSeenAt).ThenByDescending(s => s.SignedInAt)];
    }

    public async Task<bool> EndAsync(Guid contactId, Guid sessionId, CancellationToken cancellationToken) =>
        await db.UserSessions.Where(s => s.Id == sessionId && s.UserId == contactId).ExecuteDeleteAsync(cancellationToken) == 1;

    public async Task<int> EndOthersAsync(Guid contactId, CancellationToken cancellationToken)
    {
        var sessions = db.UserSessions.Where(s => s.UserId == contactId);
        if (Current is { } current)
            sessions = sessions.Where(s => s.Id != current);
        return await sessions.ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<int> EndAllAsync(Guid contactId, CancellationToken cancellationToken) =>
        await db.UserSessions.Where(s => s.UserId == contactId).ExecuteDeleteAsync(cancellationToken);
}
