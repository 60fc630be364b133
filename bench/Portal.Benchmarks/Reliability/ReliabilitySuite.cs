using System.Diagnostics;
using System.Globalization;
using System.Net;
using Npgsql;
using Portal.Benchmarks.Cases;
using Portal.Infrastructure.Seeding;

namespace Portal.Benchmarks.Reliability;

/// <summary>
/// NFR-2, NFR-4, MAIL-2: two portal nodes (Release, separate processes) on one PostgreSQL database behind nginx
/// (round robin, no sticky sessions) and a local SMTP server, under a bounded load of customers and agents while
/// faults are injected: one node killed with SIGKILL and started again, the SMTP server stopped for a while, the
/// PostgreSQL server restarted. Afterwards the database and the captured mail are checked, a summary table is
/// printed, and the exit code says whether every check passed.
/// <code>
/// dotnet run -c Release --project bench/Portal.Benchmarks -- reliability [--duration 300] [--connection "Host=…"]
/// </code>
/// The PostgreSQL server comes from --connection or PORTAL_TEST_POSTGRES (a database of the suite's own is created
/// on it and dropped afterwards); restarting it needs `pg_ctlcluster` and root, otherwise that fault is skipped.
/// </summary>
internal static class ReliabilitySuite
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = ReliabilityOptions.Parse(args);
        var folder = Directory.CreateTempSubdirectory("portal-reliability-").FullName;
        var database = "portal_rel_" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var server = new NpgsqlConnectionStringBuilder(options.Server);
        var connection = new NpgsqlConnectionStringBuilder(options.Server) { Database = database, Pooling = true }.ConnectionString;
        var report = new Report();
        Log($"Reliability suite: {options.Duration.TotalSeconds:0} s of load, data in {folder}, database {database}.");
        await ExecuteAsync(server.ConnectionString, $"CREATE DATABASE \"{database}\"");
        try
        {
            using var mail = new MailCapture();
            var shared = Directory.CreateDirectory(Path.Combine(folder, "files")).FullName;
            var ports = new[] { WebProcess.FreeLoopbackPort(), WebProcess.FreeLoopbackPort() };
            var nodes = new WebProcess?[2];
            nodes[0] = await StartNodeAsync(options, folder, 0, ports[0], connection, shared, mail.Port, seed: true);
            nodes[1] = await StartNodeAsync(options, folder, 1, ports[1], connection, shared, mail.Port, seed: false);
            var addresses = nodes.Select(n => n!.Address).ToArray();
            await using var nginx = await Nginx.StartAsync(Path.Combine(folder, "nginx"), addresses);
            Log($"Nodes at {addresses[0]} and {addresses[1]}, nginx at {nginx.Address}, SMTP on port {mail.Port}.");

            // A session signed in on node 1 before it is killed; replayed on node 2 afterwards.
            using var survivor = new LoadClient(addresses[0], DemoAccounts.CustomerA);
            await survivor.SignInAsync(DemoAccounts.Password);

            var workload = new Workload(nginx.Address, options.Duration);
            using var stop = new CancellationTokenSource();
            var started = Stopwatch.StartNew();
            var load = workload.RunAsync(options.SessionsPerCustomer, options.AgentSessions, stop.Token);
            var faults = new List<string>();
            await AtAsync(started, options.Duration * 0.15);
            await nodes[0]!.KillAsync();
            faults.Add($"{started.Elapsed.TotalSeconds:0} s: node 1 killed (SIGKILL)");
            Log(faults[^1]);
            await using (var sessionOnNode2 = new SessionProbe(survivor, addresses[0], addresses[1]))
                report.Add("a session of node 1 is served by node 2 after node 1 died", await sessionOnNode2.StillSignedInAsync());
            await AtAsync(started, options.Duration * 0.25);
            await nodes[0]!.DisposeAsync();
            nodes[0] = null;
            faults.Add($"{started.Elapsed.TotalSeconds:0} s: node 1 starting again");
            Log(faults[^1]);
            // It starts while the timeline goes on: nginx sends it requests again once it answers.
            var restarting = StartNodeAsync(options, folder, 0, ports[0], connection, shared, mail.Port, seed: false);
            await AtAsync(started, options.Duration * 0.40);
            mail.Stop();
            faults.Add($"{started.Elapsed.TotalSeconds:0} s: SMTP server stopped");
            Log(faults[^1]);
            await AtAsync(started, options.Duration * 0.55);
            mail.Start();
            faults.Add($"{started.Elapsed.TotalSeconds:0} s: SMTP server started again");
            Log(faults[^1]);
            await AtAsync(started, options.Duration * 0.70);
            faults.Add($"{started.Elapsed.TotalSeconds:0} s: " + await RestartPostgresAsync());
            Log(faults[^1]);
            await load;
            nodes[0] = await restarting;
            Log($"Load done: {workload.Requests:N0} requests, {workload.Failures:N0} failed during faults, {workload.AcknowledgedWrites.Count:N0} acknowledged writes.");

            var checks = new Checks(connection, mail);
            // Rows the killed node had claimed wait out their claim (OutboxProcessor.ClaimFor), then the minute sweep takes them.
            await checks.WaitForOutboxAsync(TimeSpan.FromMinutes(4));
            report.Add("every acknowledged write is stored exactly once", await checks.AcknowledgedOnceAsync(workload.AcknowledgedWrites));
            report.Add("case numbers are unique", await checks.UniqueCaseNumbersAsync());
            report.Add("every outbox message was processed", await checks.OutboxDrainedAsync());
            report.Add("every mail arrived; duplicates only with the same Message-ID", await checks.MailDeliveredAsync());
            report.Add("each recurring job ran once per period, not once per node", await checks.RecurringOncePerPeriodAsync());
            report.Add("no request saw another tenant's data", workload.TenantLeaks.Count == 0
                ? Check.Pass("0 leaks in every customer list read")
                : Check.Fail(string.Join("; ", workload.TenantLeaks.Take(3))));
            report.Add("lockout counters are shared by the nodes", await SharedLimits.LockoutAsync(addresses, checks));
            report.Add("attempt limits are shared by the nodes", await SharedLimits.AttemptLimitAsync(addresses));
            report.Add("SIGTERM: in-flight requests finish and the node exits within 30 s", await GracefulStopAsync(nodes[1]!, checks));

            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| requests | failed during faults | sessions | duration | acknowledged writes | mails |"));
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {workload.Requests:N0} | {workload.Failures:N0} | {workload.Sessions} | {started.Elapsed.TotalSeconds:0} s | {workload.AcknowledgedWrites.Count:N0} | {mail.MessageIds().Count:N0} |"));
            Console.WriteLine();
            Console.WriteLine("Faults: " + string.Join("; ", faults) + ".");
            Console.WriteLine();
            report.Print();
            foreach (var node in nodes)
            {
                if (node is not null)
                    await node.DisposeAsync();
            }

            return report.AllPassed ? 0 : 1;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server.ConnectionString, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
            if (!options.KeepFolder)
                Directory.Delete(folder, recursive: true);
        }
    }

    private static Task<WebProcess> StartNodeAsync(ReliabilityOptions options, string folder, int index, int port, string connection,
        string sharedFiles, int smtpPort, bool seed)
    {
        var node = Directory.CreateDirectory(Path.Combine(folder, $"node{index + 1}")).FullName;
        var settings = new Dictionary<string, string>
        {
            ["Portal:DataPath"] = node,
            ["Database:Provider"] = "PostgreSql",
            ["Database:ConnectionString"] = connection,
            ["Seed:Demo"] = seed ? "true" : "false",
            ["Storage:Path"] = sharedFiles, // attachments on a volume both nodes mount
            ["Search:IndexPath"] = Path.Combine(node, "search"),
            ["Mail:SmtpHost"] = "127.0.0.1",
            ["Mail:SmtpPort"] = smtpPort.ToString(CultureInfo.InvariantCulture),
            ["Mail:SmtpSecurity"] = "None",
            ["Mail:SmtpTimeoutSeconds"] = "5",
            // Every simulated person comes from 127.0.0.1 through nginx: no per-IP limit, per-user limits as shipped.
            ["RateLimits:SignIn:PerIp"] = "0",
            ["RateLimits:MfaCode:PerIp"] = "0",
            ["RateLimits:PasswordReset:PerIp"] = "0",
        };
        return WebProcess.StartAsync(options.RepositoryRoot, settings, Path.Combine(folder, $"node{index + 1}.log"), port);
    }

    /// <summary>
    /// SIGTERM while requests are on their way: each must get its answer, and the process must be gone within 30 s;
    /// no outbox row stays claimed by it.
    /// </summary>
    private static async Task<Check> GracefulStopAsync(WebProcess node, Checks checks)
    {
        using var client = new LoadClient(node.Address, DemoAccounts.Agent);
        await client.SignInAsync(DemoAccounts.Password);
        var inFlight = Enumerable.Range(0, 8).Select(_ => client.GetAsync("/Cases")).ToArray();
        var exited = await node.TerminateAsync(TimeSpan.FromSeconds(30));
        var answers = await Task.WhenAll(inFlight);
        var answered = answers.Count(a => a is not null);
        var claimed = await checks.ClaimedOutboxRowsAsync();
        var detail = $"{answered} of {answers.Length} in-flight requests answered, exited after {exited?.TotalSeconds ?? double.NaN:0.0} s, {claimed} rows left claimed";
        return exited is not null && answered == answers.Length && claimed == 0 ? Check.Pass(detail) : Check.Fail(detail);
    }

    private static async Task<string> RestartPostgresAsync()
    {
        var clusters = Directory.Exists("/etc/postgresql") ? Directory.GetDirectories("/etc/postgresql").Select(Path.GetFileName).Order().ToArray() : [];
        if (clusters.Length == 0 || Environment.UserName != "root")
            return "PostgreSQL restart skipped (needs pg_ctlcluster as root)";
        using var restart = Process.Start("pg_ctlcluster", [clusters[^1]!, "main", "restart"]);
        await restart.WaitForExitAsync();
        return restart.ExitCode == 0 ? "PostgreSQL restarted" : $"PostgreSQL restart failed (exit {restart.ExitCode})";
    }

    private static async Task AtAsync(Stopwatch started, TimeSpan at)
    {
        var wait = at - started.Elapsed;
        if (wait > TimeSpan.Zero)
            await Task.Delay(wait);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static void Log(string message) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{DateTime.UtcNow:HH:mm:ss}] {message}"));
}

internal sealed record Check(bool Passed, string Detail)
{
    public static Check Pass(string detail) => new(true, detail);

    public static Check Fail(string detail) => new(false, detail);
}

internal sealed class Report
{
    private readonly List<(string Name, Check Result)> _checks = [];

    public bool AllPassed => _checks.All(c => c.Result.Passed);

    public void Add(string name, Check result)
    {
        _checks.Add((name, result));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{DateTime.UtcNow:HH:mm:ss}] {(result.Passed ? "PASS" : "FAIL")} {name}: {result.Detail}"));
    }

    public void Print()
    {
        Console.WriteLine("| check | result | detail |");
        Console.WriteLine("|---|---|---|");
        foreach (var (name, result) in _checks)
            Console.WriteLine($"| {name} | {(result.Passed ? "pass" : "FAIL")} | {result.Detail} |");
    }
}

/// <summary>A signed-in session's cookies replayed on another node (NFR-2: sessions live in the shared database).</summary>
internal sealed class SessionProbe(LoadClient session, Uri issuedBy, Uri other) : IAsyncDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = other };

    public async Task<Check> StillSignedInAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Cases");
        request.Headers.Add("Cookie", session.CookieHeader(issuedBy));
        using var response = await _client.SendAsync(request);
        return response.StatusCode == HttpStatusCode.OK
            ? Check.Pass($"GET /Cases on {other.Authority} with node 1's cookie: 200")
            : Check.Fail($"GET /Cases on {other.Authority} with node 1's cookie: {(int)response.StatusCode} {response.Headers.Location}");
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
