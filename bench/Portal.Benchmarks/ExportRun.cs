using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Account.LoginHistory;
using Portal.Application.Account.Queries.ExportLoginHistory;
using Portal.Application.Account.Queries.ListLoginHistory;
using Portal.Application.Common.Exports;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Seeding;

namespace Portal.Benchmarks;

/// <summary>
/// One export of the whole login history of company A by its admin, as the page does it (stream query →
/// labelled, zoned cells → writer), into a stream that counts and discards, like a response body.
/// Runs in a process of its own so that its peak memory is its own.
/// </summary>
internal static class ExportRun
{
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    public static async Task<string> RunAsync(string dataPath, string format)
    {
        // "pdf-all" lifts the PDF row limit to show what it protects against.
        await using var portal = BenchPortal.Create(dataPath, seedDemo: false, pdfMaxRows: format == "pdf-all" ? int.MaxValue : null);
        var principal = await portal.PrincipalAsync(DemoAccounts.AdminA);
        await using var scope = portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Use(principal);
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var writer = format == "rows" ? null
            : scope.ServiceProvider.GetRequiredService<IEnumerable<ITableExport>>().For(Enum.Parse<ExportFormat>(format.Split('-')[0], ignoreCase: true));

        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = (WorkingSet: process.WorkingSet64, Allocated: GC.GetTotalAllocatedBytes(precise: true));
        using var heap = new HeapSampler();
        var output = new CountingStream();
        var rows = 0;
        var clock = Stopwatch.StartNew();
        var cells = Cells(sender.CreateStream(new ExportLoginHistory(new LoginHistoryFilter())), () => rows++);
        if (writer is null)
        {
            await foreach (var _ in cells)
            {
            }
        }
        else
        {
            await writer.WriteAsync(output, Header, cells, CancellationToken.None);
        }

        clock.Stop();
        process.Refresh();
        return string.Create(CultureInfo.InvariantCulture,
            $"{format,-7} {rows,8:N0} {clock.Elapsed.TotalSeconds,8:0.00} {output.Length / 1048576.0,9:0.0} {(GC.GetTotalAllocatedBytes(precise: true) - before.Allocated) / 1048576.0,10:0} {heap.Peak / 1048576.0,9:0} {before.WorkingSet / 1048576.0,9:0} {process.PeakWorkingSet64 / 1048576.0,9:0}");
    }

    public const string Columns = "format      rows        s  out MiB  alloc MiB heap MiB  ws0 MiB  peak MiB";

    private static readonly TableHeader Header = new("ログイン履歴",
        [new("イベント", 2), new("ユーザーID", 3), new("日時", 2), new("IPアドレス", 1.5), new("ユーザーエージェント", 5)],
        "PDF には先頭 {0:N0} 件のみ出力しています。");

    private static async IAsyncEnumerable<object?[]> Cells(IAsyncEnumerable<LoginHistoryRow> rows, Action counted,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            counted();
            yield return [row.Kind.ToString(), row.UserId, TimeZoneInfo.ConvertTime(row.OccurredAt, Tokyo).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), row.IpAddress, row.UserAgent];
        }
    }
}
