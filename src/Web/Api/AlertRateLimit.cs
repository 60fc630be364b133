using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Portal.Web.Hosting.AttemptLimits;

namespace Portal.Web.Api;

/// <summary>
/// API-1: requests to the alert endpoint per client id, in fixed windows timed by the app's
/// <see cref="TimeProvider"/> (tests move a fake clock). Every request counts, also one refused later.
/// </summary>
internal sealed class AlertRateLimit(IOptions<AlertsApiOptions> options, TimeProvider clock) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.Get(client, _ => new ClockWindowLimiter(options.Value.PermitLimit, TimeSpan.FromSeconds(options.Value.WindowSeconds), clock)));

    /// <summary>Null when the request may go on, else how long the client has to wait (at least a second).</summary>
    public TimeSpan? Refusal(string client)
    {
        using var lease = _limiter.AttemptAcquire(client);
        if (lease.IsAcquired)
            return null;
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(options.Value.WindowSeconds);
        return wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait;
    }

    public void Dispose() => _limiter.Dispose();
}
