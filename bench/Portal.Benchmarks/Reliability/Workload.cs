using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using Portal.Benchmarks.Cases;
using Portal.Infrastructure.Seeding;

namespace Portal.Benchmarks.Reliability;

/// <summary>A write the portal acknowledged (a redirect after the post): it must be in the database exactly once.</summary>
internal sealed record Acknowledged(string Kind, string CaseNumber, string Token);

/// <summary>
/// Simulated people behind the load balancer: customers of two companies open fault inquiries (every third with a
/// file) and comment on them; agents reply and change statuses. Each session signs in at the start and once more
/// half-way; a request that fails while a fault is injected is counted, not retried, so that only acknowledged
/// writes are checked. Every list a customer reads is searched for the other company's marker (TEN-1).
/// </summary>
internal sealed class Workload(Uri address, TimeSpan duration)
{
    /// <summary>The marker in each company's subjects: company A's customer must never see company B's, and back.</summary>
    private static readonly (string User, string Marker, string Other)[] Customers =
    [
        (DemoAccounts.CustomerA, "rel-a-", "rel-b-"),
        (DemoAccounts.CustomerB, "rel-b-", "rel-a-"),
    ];

    private readonly ConcurrentQueue<Acknowledged> _acknowledged = new();
    private readonly ConcurrentQueue<string> _leaks = new();
    private long _requests;
    private long _failures;
    private int _sequence;

    public IReadOnlyCollection<Acknowledged> AcknowledgedWrites => _acknowledged;

    public IReadOnlyCollection<string> TenantLeaks => _leaks;

    public long Requests => Interlocked.Read(ref _requests);

    public long Failures => Interlocked.Read(ref _failures);

    public int Sessions { get; private set; }

    public async Task RunAsync(int sessionsPerCustomer, int agentSessions, CancellationToken cancellationToken)
    {
        var until = DateTime.UtcNow + duration;
        var tasks = new List<Task>();
        foreach (var customer in Customers)
        {
            for (var i = 0; i < sessionsPerCustomer; i++)
                tasks.Add(Task.Run(() => CustomerAsync(customer.User, customer.Marker, customer.Other, until, cancellationToken), cancellationToken));
        }

        for (var i = 0; i < agentSessions; i++)
            tasks.Add(Task.Run(() => AgentAsync(until, cancellationToken), cancellationToken));
        Sessions = tasks.Count;
        await Task.WhenAll(tasks);
    }

    private async Task CustomerAsync(string user, string marker, string other, DateTime until, CancellationToken cancellationToken)
    {
        using var session = new LoadClient(address, user);
        await SignInAsync(session, until, cancellationToken);
        var halfway = DateTime.UtcNow + (until - DateTime.UtcNow) / 2;
        var mine = new List<string>();
        while (DateTime.UtcNow < until && !cancellationToken.IsCancellationRequested)
        {
            if (DateTime.UtcNow > halfway)
            {
                halfway = DateTime.MaxValue;
                await Step(() => session.SignOutAsync());
                await SignInAsync(session, until, cancellationToken);
            }

            var n = Interlocked.Increment(ref _sequence);
            var token = string.Create(CultureInfo.InvariantCulture, $"{marker}{n:D6}-{Guid.NewGuid():N}");
            var created = await Step(() => CreateInquiryAsync(session, token, n % 3 == 0));
            if (created is { } number)
            {
                _acknowledged.Enqueue(new("case", number, token));
                mine.Add(number);
            }

            if (mine.Count > 0)
            {
                var target = mine[Random.Shared.Next(mine.Count)];
                var comment = "c-" + token;
                if (await Step(() => session.SubmitAsync($"/Cases/{target}", $"/Cases/{target}?handler=Comment",
                        new Dictionary<string, string> { ["BodyHtml"] = $"<p>{comment}</p>" })) is { Status: HttpStatusCode.Redirect })
                    _acknowledged.Enqueue(new("comment", target, comment));
            }

            if (await Step(() => session.GetAsync("/Cases")) is { } list && list.Contains(other, StringComparison.Ordinal))
                _leaks.Enqueue($"{user} saw a {other} case in its list");
        }
    }

    private async Task AgentAsync(DateTime until, CancellationToken cancellationToken)
    {
        using var session = new LoadClient(address, DemoAccounts.Agent);
        await SignInAsync(session, until, cancellationToken);
        while (DateTime.UtcNow < until && !cancellationToken.IsCancellationRequested)
        {
            var cases = _acknowledged.Where(a => a.Kind == "case").ToArray();
            if (cases.Length == 0)
            {
                await Task.Delay(200, cancellationToken);
                continue;
            }

            var target = cases[Random.Shared.Next(cases.Length)].CaseNumber;
            var n = Interlocked.Increment(ref _sequence);
            var reply = string.Create(CultureInfo.InvariantCulture, $"r-{n:D6}-{Guid.NewGuid():N}");
            if (await Step(() => session.SubmitAsync($"/Cases/{target}", $"/Cases/{target}?handler=Comment",
                    new Dictionary<string, string> { ["BodyHtml"] = $"<p>{reply}</p>" })) is { Status: HttpStatusCode.Redirect })
                _acknowledged.Enqueue(new("comment", target, reply));
            if (n % 4 == 0)
            {
                await Step(() => session.SubmitAsync($"/Cases/{target}", $"/Cases/{target}?handler=Status",
                    new Dictionary<string, string> { ["target"] = "AwaitingCustomer" }));
            }

            await Step(() => session.GetAsync("/Cases"));
        }
    }

    /// <summary>Signs in, trying again while a fault lasts.</summary>
    private async Task SignInAsync(LoadClient session, DateTime until, CancellationToken cancellationToken)
    {
        while (DateTime.UtcNow < until)
        {
            if (await Step(async () => { await session.SignInAsync(DemoAccounts.Password); return true; }))
                return;
            await Task.Delay(500, cancellationToken);
        }
    }

    private static async Task<string?> CreateInquiryAsync(LoadClient session, string token, bool withFile)
    {
        var account = (await session.OptionsAsync("/Cases/New", "Input.CustomerAccountId"))[0];
        var fields = new Dictionary<string, string>
        {
            ["Input.CustomerAccountId"] = account,
            ["Input.Category"] = "Fault",
            ["Input.Subject"] = token,
            ["Input.Description"] = "Reliability suite: " + token,
        };
        var file = withFile ? ("Input.Attachments", $"{token}.txt", Encoding.UTF8.GetBytes("log " + token)) : ((string, string, byte[])?)null;
        var (status, location) = await session.SubmitMultipartAsync("/Cases/New", fields, file);
        return status == HttpStatusCode.Redirect && location is { } l && l.StartsWith("/Cases/CS", StringComparison.Ordinal) ? l["/Cases/".Length..] : null;
    }

    /// <summary>One request of the load; an exception (a node gone, a timeout) is a failure, counted.</summary>
    private async Task<T?> Step<T>(Func<Task<T>> request)
    {
        Interlocked.Increment(ref _requests);
        try
        {
            return await request();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException or ArgumentOutOfRangeException)
        {
            Interlocked.Increment(ref _failures);
            return default;
        }
    }

    private Task<bool> Step(Func<Task> request) => Step(async () => { await request(); return true; });
}
