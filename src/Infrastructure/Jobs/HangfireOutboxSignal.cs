using Hangfire;
using Microsoft.Extensions.Logging;
using Portal.Application.Common.Outbox;

namespace Portal.Infrastructure.Jobs;

/// <summary>
/// Enqueues an outbox run after a commit; the minute sweep covers a lost signal or a crash. The signal comes
/// after the user's change is committed, so it never fails the request: if the job store refuses the enqueue
/// (e.g. SQLite busy with its own workers), the change stands and the sweep delivers its mail.
/// </summary>
internal sealed partial class HangfireOutboxSignal(IBackgroundJobClient jobs, ILogger<HangfireOutboxSignal> logger) : IOutboxSignal
{
    public void Wake()
    {
        try
        {
            jobs.Enqueue<OutboxJob>(job => job.RunAsync(CancellationToken.None));
        }
#pragma warning disable CA1031 // whatever the job store throws, the committed change must not turn into an error page
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogWakeFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not enqueue the outbox run; the next sweep delivers the messages")]
    private static partial void LogWakeFailed(ILogger logger, Exception exception);
}
