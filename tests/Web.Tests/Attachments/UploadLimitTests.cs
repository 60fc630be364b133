using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Cases;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Attachments;

/// <summary>Memory is measured around one upload: nothing else of this assembly may run meanwhile.</summary>
[CollectionDefinition(nameof(MemoryMeasured), DisableParallelization = true)]
public sealed class MemoryMeasured;

/// <summary>
/// CASE-8: 2 GB per file, streamed. A larger file is refused with a clear message, leaves nothing in storage
/// and never sits in memory; a body announced too large is refused before it is read.
/// </summary>
[Trait("Req", "CASE-8")]
[Collection(nameof(MemoryMeasured))]
public sealed class UploadLimitTests
{
    private const string NewOfA1 = "アプリが起動しない端末がある";
    private const long ThreeGiB = 3L * 1024 * 1024 * 1024;
    private const long Bound = 100L * 1024 * 1024;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_3_GB_chunked_upload_is_refused_as_too_large_with_memory_bounded_and_nothing_stored()
    {
        using var web = new PortalWebFactory();
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);
        var number = CaseRows.NumberOf(await client.GetPageAsync("/Cases"), NewOfA1);
        var token = Browsing.AntiforgeryToken(await client.GetPageAsync($"/Cases/{number}"));
        var source = new GeneratedStream(ThreeGiB);
        using var file = new StreamContent(source, 81_920);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { file, "files", "big.bin" } };
        using var process = Process.GetCurrentProcess();
        GC.Collect();
        var heapBefore = GC.GetTotalMemory(true);
        var peakBefore = process.PeakWorkingSet64;

        using var sent = await client.PostAsync($"/Cases/{number}/Attachments", form, Ct);

        process.Refresh();
        Assert.Null(form.Headers.ContentLength); // chunked: the server learns the size only by reading
        Assert.True(source.BytesRead > 2L * 1024 * 1024 * 1024, $"only {source.BytesRead} bytes were read");
        Assert.True(source.HeapPeak - heapBefore < Bound, $"managed heap grew by {(source.HeapPeak - heapBefore) >> 20} MB");
        Assert.True(process.PeakWorkingSet64 - peakBefore < Bound, $"peak working set grew by {(process.PeakWorkingSet64 - peakBefore) >> 20} MB");
        var page = await client.GetPageAsync(sent.RedirectTarget());
        Assert.Contains("「big.bin」は大きすぎるため添付できません。1 ファイル 2 GB までです。", page, StringComparison.Ordinal);
        Assert.Contains("添付ファイル (0)", page, StringComparison.Ordinal);
        Assert.Empty(Uploading.Stored(web));
    }

    [Fact]
    public async Task A_body_announced_larger_than_the_limit_is_refused_before_it_is_read()
    {
        using var web = new PortalWebFactory();
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);
        var number = CaseRows.NumberOf(await client.GetPageAsync("/Cases"), NewOfA1);
        using var body = new NeverSentContent(ThreeGiB);
        var watch = Stopwatch.StartNew();

        using var sent = await client.PostAsync($"/Cases/{number}/Attachments", body, Ct);

        // The body never comes: had the server waited for a byte of it, there would be no answer at all.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        var page = await client.GetPageAsync(sent.RedirectTarget());
        Assert.Contains("送信されたファイルが大きすぎます。1 ファイル 2 GB までです。", page, StringComparison.Ordinal);
        Assert.Empty(Uploading.Stored(web));
    }

    /// <summary>Announces a multipart body of <c>length</c> bytes and never sends a byte of it.</summary>
    private sealed class NeverSentContent : HttpContent
    {
        private readonly long _length;

        public NeverSentContent(long length)
        {
            _length = length;
            Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=never");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            Task.Delay(Timeout.Infinite, TestContext.Current.CancellationToken);

        protected override bool TryComputeLength(out long length)
        {
            length = _length;
            return true;
        }
    }
}
