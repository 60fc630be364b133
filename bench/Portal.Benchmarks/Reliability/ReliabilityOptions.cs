using System.Globalization;

namespace Portal.Benchmarks.Reliability;

internal sealed class ReliabilityOptions
{
    public required string Server { get; init; }

    public TimeSpan Duration { get; init; }

    public int SessionsPerCustomer { get; init; }

    public int AgentSessions { get; init; }

    public bool KeepFolder { get; init; }

    public required string RepositoryRoot { get; init; }

    public static ReliabilityOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--keep")
                flags.Add(args[i]);
            else if (i + 1 < args.Length)
                values[args[i]] = args[++i];
            else
                throw new ArgumentException($"{args[i]} needs a value");
        }

        var server = values.GetValueOrDefault("--connection") ?? Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES")
            ?? throw new ArgumentException("The suite needs a PostgreSQL server: --connection or PORTAL_TEST_POSTGRES.");
        return new ReliabilityOptions
        {
            Server = server,
            Duration = TimeSpan.FromSeconds(Int("--duration", 300)),
            SessionsPerCustomer = Int("--sessions", 3),
            AgentSessions = Int("--agents", 2),
            KeepFolder = flags.Contains("--keep"),
            RepositoryRoot = Cases.CaseBench.RepositoryRoot(),
        };

        int Int(string name, int fallback) => values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
    }
}
