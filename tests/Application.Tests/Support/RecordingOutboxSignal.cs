using Portal.Application.Common.Outbox;

namespace Portal.Application.Tests.Support;

/// <summary>Replaces the Hangfire wake-up: tests run the outbox themselves and can see that a commit woke it.</summary>
internal sealed class RecordingOutboxSignal : IOutboxSignal
{
    private int _wakes;

    public int Wakes => Volatile.Read(ref _wakes);

    public void Wake() => Interlocked.Increment(ref _wakes);
}
