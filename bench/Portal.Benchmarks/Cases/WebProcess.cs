using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Portal.Benchmarks.Cases;

/// <summary>
/// The real portal (the Release build of src/Web) in a process of its own on loopback, Production
/// environment, demo seeding off, its console written to a log file; samples its resident memory.
/// </summary>
internal sealed class WebProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;
    private long _peakSampled;

    private WebProcess(Process process, StreamWriter log, Uri address)
    {
        _process = process;
        _log = log;
        Address = address;
        _sampler = Task.Run(SampleAsync);
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The highest resident set seen by sampling, in bytes.</summary>
    public long PeakSampledBytes => Interlocked.Read(ref _peakSampled);

    /// <param name="port">A loopback port of the caller's (a node restarted where the load balancer expects it); a free one by default.</param>
    public static async Task<WebProcess> StartAsync(string repositoryRoot, IDictionary<string, string> settings, string logPath, int? port = null)
    {
        var webFolder = Path.Combine(repositoryRoot, "src", "Web");
        var dll = Path.Combine(webFolder, "bin", "Release", "net10.0", "Portal.Web.dll");
        if (!File.Exists(dll))
            throw new InvalidOperationException($"{dll} is missing: run `dotnet build -c Release src/Web` first (build.ps1 bench -Name cases does).");
        var address = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port ?? FreePort()}"));
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = webFolder, // the content root: wwwroot, appsettings.json
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var web = new WebProcess(process, log, address);
        await web.WaitReadyAsync(logPath);
        return web;
    }

    /// <summary>VmHWM of /proc: the peak resident set of the process since it started, in bytes.</summary>
    public long PeakResidentBytes() => ProcStatus("VmHWM:");

    public long ResidentBytes() => ProcStatus("VmRSS:");

    /// <summary>SIGKILL: the node dies mid-request, as in a crash (NFR-2).</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as a service manager or orchestrator stops a node; how long the process took to exit, or null past the timeout.</summary>
    public async Task<TimeSpan?> TerminateAsync(TimeSpan timeout)
    {
        var started = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync();
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
            return started.Elapsed;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>A free loopback port, for a node that must come back on the same one.</summary>
    public static int FreeLoopbackPort() => FreePort();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampler;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        await _log.DisposeAsync();
        _stop.Dispose();
    }

    private async Task WaitReadyAsync(string logPath)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The portal exited with code {_process.ExitCode}; see {logPath}.");
            try
            {
                using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The portal was not ready within 3 minutes; see {logPath}.");
    }

    private async Task SampleAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested && !_process.HasExited)
            {
                var rss = ResidentBytes();
                if (rss > Interlocked.Read(ref _peakSampled))
                    Interlocked.Exchange(ref _peakSampled, rss);
                await Task.Delay(100, _stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private long ProcStatus(string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                    return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (IOException)
        {
        }

        return 0;
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
            return;
        lock (log)
            log.WriteLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
