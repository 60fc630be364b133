using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Portal.Infrastructure.Search;

/// <summary>
/// Keeps this node's index current between searches (so a search rarely has anything to apply) and commits
/// it every <see cref="CommitEvery"/>; at start it opens the index, building it when it must.
/// </summary>
internal sealed partial class SearchIndexWorker(SearchIndex index, TimeProvider clock, ILogger<SearchIndexWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan CommitEvery = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var committed = clock.GetTimestamp();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await index.EnsureCurrentAsync(stoppingToken);
                if (clock.GetElapsedTime(committed) >= CommitEvery)
                {
                    await index.CommitAsync(stoppingToken);
                    committed = clock.GetTimestamp();
                }

                await Task.Delay(Poll, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // the database may be away for a while: the next round tries again
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Failed(logger, ex);
                // Stopping ends the wait too (the host takes that cancellation as a normal stop): nothing may touch
                // the index once the host has let it go.
                await Task.Delay(Poll * 5, clock, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The search index could not apply the latest changes; retrying")]
    private static partial void Failed(ILogger logger, Exception exception);
}

/// <summary>Readiness: a node answers searches only once its index is open (built, if it had to be).</summary>
internal sealed class SearchIndexHealthCheck(SearchIndex index) : IHealthCheck
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!index.IsReady)
        {
            // Opening takes a moment (or the whole build, on a new node): wait briefly, then report.
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(Wait);
            try
            {
                await index.EnsureCurrentAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Still building.
            }
        }

        return index.IsReady ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The search index is being built.");
    }
}
