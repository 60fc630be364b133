using System.Threading.RateLimiting;

namespace Portal.Web.Hosting.AttemptLimits;

/// <summary>
/// AUTH-10: a fixed window of <c>limit</c> permits that starts with the first attempt, timed by the app's
/// <see cref="TimeProvider"/>. The framework's window limiters read the system clock (tests could not move
/// time) and report a whole window as Retry-After; this one says when its window actually ends. No queue:
/// a refused request is answered at once.
/// </summary>
internal sealed class ClockWindowLimiter(int limit, TimeSpan window, TimeProvider clock) : RateLimiter
{
    private static readonly RateLimitLease Granted = new WindowLease(null);
    private readonly Lock _lock = new();
    private readonly DateTimeOffset _created = clock.GetUtcNow();
    private DateTimeOffset _windowEnds = DateTimeOffset.MinValue;
    private int _used;
    private long _granted;
    private long _refused;

    /// <summary>Idle once the window is over: a new limiter would then answer the same, so the partition may drop this one.</summary>
    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
            {
                var now = clock.GetUtcNow();
                return now >= _windowEnds ? now - (_windowEnds > _created ? _windowEnds : _created) : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = clock.GetUtcNow() >= _windowEnds ? limit : limit - _used,
                TotalSuccessfulLeases = _granted,
                TotalFailedLeases = _refused,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, limit);
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            if (now >= _windowEnds)
            {
                if (permitCount == 0)
                    return Granted; // only asks whether permits are left; no window starts
                _windowEnds = now + window;
                _used = 0;
            }

            if (permitCount == 0 ? _used < limit : _used + permitCount <= limit)
            {
                _used += permitCount;
                _granted++;
                return Granted;
            }

            _refused++;
            return new WindowLease(_windowEnds - now);
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    /// <summary>Granted (no metadata) or refused with the time until the window ends.</summary>
    private sealed class WindowLease(TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => retryAfter is null;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name ? wait : null;
            return metadata is not null;
        }
    }
}
