using System.Diagnostics;
using System.Globalization;
using Portal.Benchmarks;
using Portal.Benchmarks.Cases;
using Portal.Benchmarks.Comments;
using Portal.Benchmarks.Reliability;
using Portal.Infrastructure.Seeding;

// The case benchmark: bulk-seeded cases, then HTTP load on the running portal (Cases/CaseBench.cs).
// `dotnet run -c Release --project bench/Portal.Benchmarks -- cases --provider sqlite|postgres [--cases 1000000]`
if (args is ["cases", .. var caseArguments])
    return await CaseBench.RunAsync(caseArguments);

// NFR-2, NFR-4, MAIL-2: two nodes behind nginx on PostgreSQL under load, faults injected (Reliability/ReliabilitySuite.cs).
// `dotnet run -c Release --project bench/Portal.Benchmarks -- reliability [--duration 300]`
if (args is ["reliability", .. var reliabilityArguments])
    return await ReliabilitySuite.RunAsync(reliabilityArguments);

// CASE-7: a case page with the largest allowed comment (Comments/CommentPageBench.cs).
// `dotnet run -c Release --project bench/Portal.Benchmarks -- comment-page`
if (args is ["comment-page", .. var commentArguments])
    return await CommentPageBench.RunAsync(commentArguments);

// NFR-3 / HIST-2: how long an export of 100,000 login events takes per format and how much memory it needs.
// `dotnet run -c Release --project bench/Portal.Benchmarks [-- rows]`; one run per format, each in a fresh process.
if (args is ["export", var path, var exportFormat])
{
    Console.WriteLine(await ExportRun.RunAsync(path, exportFormat));
    return 0;
}

var count = args is [var n] ? int.Parse(n, CultureInfo.InvariantCulture) : 100_000;
var dataPath = Directory.CreateTempSubdirectory("portal-bench-").FullName;
try
{
    var seeding = Stopwatch.StartNew();
    await using (var portal = BenchPortal.Create(dataPath, seedDemo: true))
    {
        await portal.InitializeAsync();
        await LoginEventSeeder.AddAsync(portal.Services, DemoAccounts.AdminA, count);
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Seeded the demo world and {count:N0} login events of company A in {seeding.Elapsed.TotalSeconds:0.0} s ({dataPath})."));
    Console.WriteLine("Export of company A's whole login history by its admin, one fresh process each. 'rows' reads without");
    Console.WriteLine("writing (the baseline); 'pdf' stops at Exports:PdfMaxRows, 'pdf-all' has no limit.");
    Console.WriteLine(ExportRun.Columns);
    foreach (var format in new[] { "rows", "csv", "xlsx", "pdf", "pdf-all" })
    {
        using var child = Process.Start(Child("export", dataPath, format))!;
        var line = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        Console.Write(child.ExitCode == 0 ? line : $"{format}: failed with exit code {child.ExitCode}{Environment.NewLine}");
    }

    return 0;
}
finally
{
    Directory.Delete(dataPath, recursive: true);
}

// Under `dotnet run` the process is the app host; under `dotnet Portal.Benchmarks.dll`, the muxer, which needs the dll.
static ProcessStartInfo Child(params string[] arguments)
{
    var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
    if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        start.ArgumentList.Add(typeof(ExportRun).Assembly.Location);
    foreach (var argument in arguments)
        start.ArgumentList.Add(argument);
    return start;
}
