using Hangfire;
using Portal.Application.Common.Outbox;

namespace Portal.Infrastructure.Jobs;

/// <summary>Enqueues an outbox run after a commit; the minute sweep covers a lost signal or a crash.</summary>
internal sealed class HangfireOutboxSignal(IBackgroundJobClient jobs) : IOutboxSignal
{
    public void Wake() => jobs.Enqueue<OutboxJob>(job => job.RunAsync(CancellationToken.None));
}
