using System.Linq.Expressions;
using Portal.Domain.Common;

namespace Portal.Domain.Outbox;

/// <summary>
/// A domain event saved with the change that raised it and handled later by a job (MAIL-2): failures
/// are retried with exponential backoff, so an SMTP outage delays mail but never loses it.
/// </summary>
public sealed class OutboxMessage : Entity
{
    public const int TypeMax = 200;
    public const int LastErrorMax = 2000;
    public static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromHours(1);

    private OutboxMessage(string type, string payload, DateTimeOffset occurredAt)
    {
        Type = type;
        Payload = payload;
        OccurredAt = occurredAt;
        NextAttemptAt = occurredAt;
    }

    /// <summary>The event's type name, used to deserialize <see cref="Payload"/>.</summary>
    public string Type { get; private set; }

    /// <summary>The event as JSON.</summary>
    public string Payload { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset? ProcessedAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>A worker's claim: other nodes skip the message until then (NFR-2).</summary>
    public DateTimeOffset? LockedUntil { get; private set; }

    public string? LastError { get; private set; }

    public static OutboxMessage Create(string type, string payload, DateTimeOffset occurredAt) =>
        new(Text.Required(type, TypeMax, nameof(Type)), payload, occurredAt);

    /// <summary>The wait after the given number of failed attempts: 30 s, 1 min, 2 min … at most 1 h.</summary>
    public static TimeSpan RetryDelay(int failedAttempts)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(failedAttempts);
        var doublings = Math.Min(failedAttempts - 1, 16);
        var delay = FirstRetryDelay * Math.Pow(2, doublings);
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }

    /// <summary>
    /// Due for delivery: not yet processed, its retry time reached, and not leased to a worker. The
    /// outbox worker queries and claims rows with this same condition, so several nodes never share one.
    /// </summary>
    public static Expression<Func<OutboxMessage, bool>> DueAt(DateTimeOffset now) =>
        m => m.ProcessedAt == null && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil <= now);

    public void MarkProcessed(DateTimeOffset now)
    {
        EnsureUnprocessed();
        ProcessedAt = now;
        LockedUntil = null;
        LastError = null;
    }

    /// <summary>Drops the content of a delivered message that carried a secret (a sign-in code, a reset link).</summary>
    public void Forget()
    {
        if (ProcessedAt is null)
        {
            throw Rule.Broken("Outbox.NotProcessed");
        }

        Payload = string.Empty;
    }

    public void MarkFailed(string error, DateTimeOffset now)
    {
        EnsureUnprocessed();
        Attempts++;
        NextAttemptAt = now + RetryDelay(Attempts);
        LockedUntil = null;
        LastError = Text.Truncate(error, LastErrorMax);
    }

    private void EnsureUnprocessed()
    {
        if (ProcessedAt is not null)
        {
            throw Rule.Broken("Outbox.AlreadyProcessed");
        }
    }
}
