using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Jobs;

/// <summary>
/// AUTH-6: deletes the session rows that lapsed at least a day ago, every hour, so the table holds only
/// recent sign-ins. A lapsed row is kept that long because it is what tells the login page that a browser
/// coming back was signed out for inactivity; a cookie without a row reads as a session ended elsewhere.
/// The attempt windows (AUTH-10) over for a day go with them.
/// </summary>
public sealed class SessionCleanupJob(IServiceScopeFactory scopes, TimeProvider clock)
{
    public const string RecurringId = "session-cleanup";
    public static readonly TimeSpan KeepLapsed = TimeSpan.FromDays(1);

    /// <returns>How many rows were deleted.</returns>
    [AutomaticRetry(Attempts = 0)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        var before = clock.GetUtcNow() - KeepLapsed;
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var windowsBefore = before.ToUnixTimeMilliseconds();
        await db.AttemptWindows.Where(w => w.WindowEnds < windowsBefore).ExecuteDeleteAsync(cancellationToken);
        return await db.UserSessions.Where(s => s.ExpiresAt < before).ExecuteDeleteAsync(cancellationToken);
    }
}
