namespace Portal.Benchmarks;

/// <summary>The largest managed heap seen while it runs (sampled every 10 ms): what "bounded memory" is about.</summary>
internal sealed class HeapSampler : IDisposable
{
    private readonly Timer _timer;
    private long _peak;

    public HeapSampler() => _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(10));

    public long Peak
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peak);
        }
    }

    private void Sample()
    {
        var now = GC.GetTotalMemory(forceFullCollection: false);
        long seen;
        while (now > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, seen) != seen)
        {
        }
    }

    public void Dispose() => _timer.Dispose();
}
