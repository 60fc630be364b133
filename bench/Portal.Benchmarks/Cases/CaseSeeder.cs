using System.Diagnostics;
using System.Globalization;

namespace Portal.Benchmarks.Cases;

internal sealed record SeedResult(int Cases, long Comments, TimeSpan Elapsed, TimeSpan Loading, TimeSpan Indexing);

/// <summary>
/// Streams the generated cases into a sink: chunks are made on the thread pool a few ahead of the writer
/// (each chunk on its own seed, so the data does not depend on the timing), written in order, then dropped.
/// </summary>
internal static class CaseSeeder
{
    private const int Ahead = 4;

    public static async Task<SeedResult> SeedAsync(CaseWorld world, ICaseSink sink, int cases, int seed, Action<string> log)
    {
        var total = Stopwatch.StartNew();
        var generator = new CaseGenerator(world, cases, seed, DateTime.UtcNow);
        await sink.PrepareAsync();
        var pending = new Queue<Task<CaseChunk>>();
        var next = 0;
        long comments = 0;
        var reported = 0;
        for (var written = 0; written < generator.Chunks; written++)
        {
            while (next < generator.Chunks && pending.Count < Ahead)
            {
                var index = next++;
                pending.Enqueue(Task.Run(() => generator.Make(index)));
            }

            var chunk = await pending.Dequeue();
            await sink.WriteAsync(chunk);
            comments += chunk.Comments.Count;
            var percent = (written + 1) * 10 / generator.Chunks;
            if (percent > reported)
            {
                reported = percent;
                log(string.Create(CultureInfo.InvariantCulture,
                    $"{percent * 10,3} %: {Math.Min(cases, (written + 1) * CaseGenerator.ChunkSize):N0} cases+ {comments:N0} comments, {total.Elapsed.TotalSeconds:0} s"));
            }
        }

        var loading = total.Elapsed;
        await sink.FinishAsync(world.FirstCaseNumber + cases - 1, log);
        return new SeedResult(cases, comments, total.Elapsed, loading, total.Elapsed - loading);
    }
}
