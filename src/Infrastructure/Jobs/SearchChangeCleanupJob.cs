using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Jobs;

/// <summary>
/// CASE-5, NFR-2: keeps the newest <see cref="Keep"/> search change rows, daily. Every running node applies a row
/// within a second; one that was stopped longer than the rows kept reach back finds its position gone and
/// rebuilds its index from the tables (<see cref="Search.SearchIndex"/>).
/// </summary>
public sealed class SearchChangeCleanupJob(IServiceScopeFactory scopes)
{
    public const string RecurringId = "search-change-cleanup";
    public const long Keep = 1_000_000;

    /// <returns>How many rows were deleted.</returns>
    [AutomaticRetry(Attempts = 0)]
    public Task<int> RunAsync(CancellationToken cancellationToken) => PruneAsync(Keep, cancellationToken);

    /// <summary>Deletes all but the newest <paramref name="keep"/> rows.</summary>
    public async Task<int> PruneAsync(long keep, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (await db.SearchChanges.MaxAsync(c => (long?)c.Seq, cancellationToken) is not { } newest || newest <= keep)
            return 0;
        var below = newest - keep;
        return await db.SearchChanges.Where(c => c.Seq <= below).ExecuteDeleteAsync(cancellationToken);
    }
}
