using Hangfire;

namespace Portal.Infrastructure.Jobs;

/// <summary>The Hangfire worker of the outbox; the outbox row, not the job, is the durable record.</summary>
public sealed class OutboxJob(OutboxProcessor processor)
{
    public const string RecurringId = "outbox-sweep";

    [AutomaticRetry(Attempts = 0)]
    public Task RunAsync(CancellationToken cancellationToken) => processor.ProcessDueAsync(cancellationToken);
}
