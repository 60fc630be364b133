namespace Portal.Web.Tests.Attachments;

/// <summary>
/// <paramref name="length"/> bytes made up while they are read (never allocated as a whole), not seekable and
/// of unknown length, like an upload from a slow client. Notes the managed heap's high-water mark as it goes.
/// </summary>
internal sealed class GeneratedStream(long length) : Stream
{
    private const long SampleEvery = 64L * 1024 * 1024;
    private long _position;
    private long _nextSample;

    public long BytesRead => _position;

    /// <summary>The largest <see cref="GC.GetTotalMemory(bool)"/> seen while the stream was read.</summary>
    public long HeapPeak { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, length - _position);
        for (var i = 0; i < count; i++)
            buffer[i] = (byte)((_position + i) * 31 >> 3);
        _position += count;
        if (_position >= _nextSample)
        {
            HeapPeak = Math.Max(HeapPeak, GC.GetTotalMemory(false));
            _nextSample += SampleEvery;
        }

        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
