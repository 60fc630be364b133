namespace Portal.Application.Common.Interfaces;

/// <summary>
/// AUTH-10, NFR-2: fixed windows of attempts counted in the shared database, so that every web node sees the same
/// count: a limit of five sign-ins per minute stays five with any number of nodes behind the load balancer.
/// </summary>
public interface IAttemptCounter
{
    /// <summary>
    /// Takes one attempt for <paramref name="key"/>: its window starts with the first attempt and lasts
    /// <paramref name="window"/>; within it at most <paramref name="limit"/> attempts are granted.
    /// </summary>
    Task<AttemptTaken> TakeAsync(string key, int limit, TimeSpan window, CancellationToken cancellationToken);
}

/// <summary>Whether the attempt was granted, and when its window ends (for Retry-After).</summary>
public sealed record AttemptTaken(bool Granted, TimeSpan WindowEndsIn);
