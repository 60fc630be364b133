using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Exports;
using Portal.Infrastructure.Exports;

namespace Portal.Application.Tests.Exports;

/// <summary>The real export writers as the portal registers them (no database needed), and a small table to write.</summary>
internal static class Writers
{
    public static readonly TableHeader Header = new("ログイン履歴",
        [new("イベント", 2), new("ユーザーID", 3), new("日時", 2), new("IPアドレス", 1.5), new("ユーザーエージェント", 5)],
        "この PDF には先頭 {0:N0} 件のみを出力しています。");

    public static ITableExport For(ExportFormat format, int? pdfMaxRows = null)
    {
        var settings = new Dictionary<string, string?>();
        if (pdfMaxRows is { } rows)
            settings["Exports:PdfMaxRows"] = rows.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddExports(configuration).BuildServiceProvider()
            .GetRequiredService<IEnumerable<ITableExport>>().For(format);
    }

    public static async Task<byte[]> WriteAsync(ITableExport writer, IEnumerable<object?[]> rows)
    {
        // Like a response body: the writers must not need to seek.
        using var output = new MemoryStream();
        await writer.WriteAsync(new ForwardOnlyStream(output), Header, Async(rows), TestContext.Current.CancellationToken);
        return output.ToArray();
    }

    public static object?[] Row(string user, string kind = "ログイン成功", string? userAgent = "Mozilla/5.0") =>
        [kind, user, "2026-11-24 09:00:00", "203.0.113.10", userAgent];

    private static async IAsyncEnumerable<object?[]> Async(IEnumerable<object?[]> rows)
    {
        foreach (var row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }

    /// <summary>Write-only and not seekable, like ASP.NET Core's response body; synchronous writes are refused as Kestrel does.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            inner.WriteAsync(buffer, offset, count, cancellationToken);

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            inner.WriteAsync(buffer, cancellationToken);

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
