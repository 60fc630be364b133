using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.Benchmarks.Knowledge;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Search;
using Portal.Infrastructure.Seeding;

namespace Portal.Benchmarks.Cases;

/// <summary>
/// The case benchmark (NFR-3, CASE-4/5): seed 1,000,000 cases over 2,000 customer numbers (one with 50,000)
/// with 5,000,000 comments in bulk, start the real portal on that database and measure the case list, a
/// sorted deep page, a filter, keyword searches and a case detail as the big account's customer and as the
/// agent, at concurrency 1 and 16.
/// <code>
/// dotnet run -c Release --project bench/Portal.Benchmarks -- cases --provider sqlite|postgres [--cases 1000000] [--articles 100000]
///     [--accounts 2000] [--seed 42] [--duration 10] [--warmup 3] [--data /tmp/portal-cases-sqlite]
///     [--connection "Host=...;Database=portal_bench"] [--skip-seed] [--skip-load] [--log-sql] [--users customer,agent]
/// </code>
/// </summary>
internal static partial class CaseBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = CaseBenchOptions.Parse(args);
        Directory.CreateDirectory(options.DataPath);
        Log($"Case benchmark on {options.Provider}: {options.Cases:N0} cases, {options.Accounts:N0} customer numbers, data in {options.DataPath}.");
        if (!options.SkipSeed)
            await SeedAsync(options);
        if (!options.SkipLoad)
            await LoadAsync(options);
        return 0;
    }

    private static async Task SeedAsync(CaseBenchOptions options)
    {
        await ResetDatabaseAsync(options);
        var started = DateTime.UtcNow;
        CaseWorld world;
        await using (var portal = BenchPortal.Create(options.DataPath, seedDemo: true, provider: options.Provider, connectionString: options.ConnectionString))
        {
            await portal.InitializeAsync();
            world = await CaseWorld.BuildAsync(portal.Services, options.Accounts, options.Seed);
        }

        Log($"Migrated, demo world and {world.AccountCount:N0} customer numbers in {(DateTime.UtcNow - started).TotalSeconds:0.0} s.");
        await using ICaseSink sink = options.Provider == DatabaseProvider.PostgreSql
            ? new PostgresCaseSink(options.ConnectionString!)
            : new SqliteCaseSink(options.SqliteConnectionString);
        var result = await CaseSeeder.SeedAsync(world, sink, options.Cases, options.Seed, Log);
        Log(string.Create(CultureInfo.InvariantCulture,
            $"Seeded {result.Cases:N0} cases ({result.Cases / CaseGenerator.BigAccountEvery:N0} on {DemoAccounts.AccountA1}), {result.Comments:N0} comments " +
            $"in {result.Elapsed.TotalSeconds:0} s " +
            $"(rows {result.Loading.TotalSeconds:0} s, indexes {result.Indexing.TotalSeconds:0} s); with the demo world {(DateTime.UtcNow - started).TotalSeconds:0} s."));
        var (articles, articleTime) = await SeedArticlesAsync(options);
        Log(string.Create(CultureInfo.InvariantCulture, $"Seeded {articles:N0} knowledge articles in {articleTime.TotalSeconds:0} s."));

        // The search index of the node the load runs against, built by the portal's own code from the tables.
        var indexing = DateTime.UtcNow;
        await using (var portal = BenchPortal.Create(options.DataPath, seedDemo: false, provider: options.Provider, connectionString: options.ConnectionString))
            await portal.Services.GetRequiredService<SearchIndex>().RebuildAsync(CancellationToken.None);
        Log(string.Create(CultureInfo.InvariantCulture, $"Search index built in {(DateTime.UtcNow - indexing).TotalSeconds:0} s."));
        if (options.Provider == DatabaseProvider.Sqlite)
            Log(string.Create(CultureInfo.InvariantCulture, $"Database file: {new FileInfo(Path.Combine(options.DataPath, "portal.db")).Length / 1024.0 / 1024:N0} MB."));
    }

    private static async Task<(int, TimeSpan)> SeedArticlesAsync(CaseBenchOptions options)
    {
        await using var portal = BenchPortal.Create(options.DataPath, seedDemo: false, provider: options.Provider, connectionString: options.ConnectionString);
        return await ArticleSeeder.SeedAsync(portal.Services, options.Articles, options.Seed, DateTimeOffset.UtcNow);
    }

    private static async Task LoadAsync(CaseBenchOptions options)
    {
        // The node's index, opened (and built, if it is missing or of an older format) before the portal starts.
        var opening = DateTime.UtcNow;
        // A database seeded by an older build gets the migrations added since (--skip-seed reuses it).
        await using (var portal = BenchPortal.Create(options.DataPath, seedDemo: false, provider: options.Provider, connectionString: options.ConnectionString))
        {
            await portal.InitializeAsync();
            await portal.Services.GetRequiredService<SearchIndex>().EnsureCurrentAsync(CancellationToken.None);
        }
        Log(string.Create(CultureInfo.InvariantCulture, $"Search index ready in {(DateTime.UtcNow - opening).TotalSeconds:0} s."));

        var detail = await DetailCaseAsync(options);
        var settings = new Dictionary<string, string>
        {
            ["Portal:DataPath"] = options.DataPath,
            ["Database:Provider"] = options.Provider.ToString(),
            ["Database:ConnectionString"] = options.Provider == DatabaseProvider.Sqlite ? string.Empty : options.ConnectionString!,
            ["Seed:Demo"] = "false",
        };
        if (options.LogSql)
            settings["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Database.Command"] = "Information";
        var logPath = Path.Combine(options.DataPath, "web.log");
        await using var web = await WebProcess.StartAsync(RepositoryRoot(), settings, logPath);
        Log($"Portal started at {web.Address} (pid {web.Id}, log {logPath}); resident {web.ResidentBytes() / 1024 / 1024} MB.");

        var targets = new[]
        {
            new LoadTarget("list, first page", "/Cases", "/Cases/CS"),
            new LoadTarget("list, subject sort, page 100", "/Cases?sort=subject.asc&p=100", "/Cases/CS"),
            new LoadTarget("filter builder", "/Cases?f=" + Uri.EscapeDataString("status.in.New|InProgress^category.eq.Fault^OR^updated.ge.2026-11-01"), "/Cases/CS"),
            new LoadTarget($"keyword '{CaseText.SelectiveKeyword}'", "/Cases?f=" + Uri.EscapeDataString("keyword.contains." + CaseText.SelectiveKeyword), "/Cases/CS"),
            new LoadTarget($"keyword '{CaseText.CommonKeyword}'", "/Cases?f=" + Uri.EscapeDataString("keyword.contains." + CaseText.CommonKeyword), "/Cases/CS"),
            new LoadTarget($"keyword '{CaseText.CommonJapaneseKeyword}'", "/Cases?f=" + Uri.EscapeDataString("keyword.contains." + CaseText.CommonJapaneseKeyword), "/Cases/CS"),
            new LoadTarget($"detail {detail}", "/Cases/" + detail, detail),
            new LoadTarget($"header search '{ArticleSeeder.Keyword}'", "/Search?q=" + Uri.EscapeDataString(ArticleSeeder.Keyword), "search-articles"),
            new LoadTarget($"header search '{ArticleSeeder.EnglishKeyword}'", "/Search?q=" + ArticleSeeder.EnglishKeyword, "search-articles"),
        };
        var results = new List<LoadResult>();
        foreach (var (user, label) in new[] { (DemoAccounts.CustomerA, "customer"), (DemoAccounts.Agent, "agent") })
        {
            if (options.Users is { } only && !only.Contains(label, StringComparer.Ordinal))
                continue;
            using var client = new LoadClient(web.Address, user);
            await client.SignInAsync(DemoAccounts.Password);
            foreach (var target in targets.Where(t => t.Path.StartsWith("/Cases?", StringComparison.Ordinal) || t.Path == "/Cases"))
                Log($"{label}: {target.Name}: {Total(await client.GetAsync(target.Path))}");
            foreach (var concurrency in new[] { 1, 16 })
            {
                foreach (var target in targets)
                {
                    var result = await client.RunAsync(target, concurrency, options.WarmUp, options.Duration) with { User = label };
                    if (web.HasExited)
                        throw new InvalidOperationException($"The portal stopped during '{target.Name}'; see {logPath}.");
                    results.Add(result);
                    Log($"{result} resident {web.ResidentBytes() / 1024 / 1024} MB");
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{options.Provider}, {options.Cases:N0} cases, {options.Duration.TotalSeconds:0} s per row after {options.WarmUp.TotalSeconds:0} s warm-up:"));
        Console.WriteLine(LoadResult.Header);
        foreach (var result in results)
            Console.WriteLine(result);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Web process peak resident memory: {web.PeakResidentBytes() / 1024.0 / 1024:0} MB (VmHWM), {web.PeakSampledBytes / 1024.0 / 1024:0} MB (sampled VmRSS)."));
    }

    /// <summary>A case of the big account with five comments, the newest such.</summary>
    private static async Task<string> DetailCaseAsync(CaseBenchOptions options)
    {
        await using DbConnection connection = options.Provider == DatabaseProvider.PostgreSql
            ? new NpgsqlConnection(options.ConnectionString)
            : new SqliteConnection(options.SqliteConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT c."Number" FROM "Cases" c JOIN "CustomerAccounts" a ON a."Id" = c."CustomerAccountId"
            WHERE a."Number" = '{DemoAccounts.AccountA1}' AND (SELECT COUNT(*) FROM "CaseComments" m WHERE m."CaseId" = c."Id") = 5
            ORDER BY c."Number" DESC LIMIT 1
            """;
        var number = (string?)await command.ExecuteScalarAsync() ?? throw new InvalidOperationException("No case with five comments: seed first.");
        await connection.CloseAsync();
        SqliteConnection.ClearAllPools();
        return number;
    }

    private static async Task ResetDatabaseAsync(CaseBenchOptions options)
    {
        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            var database = builder.Database ?? throw new InvalidOperationException("The connection string names no database.");
            builder.Database = "postgres";
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync();
            foreach (var sql in new[] { $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", $"CREATE DATABASE \"{database}\"" })
            {
                await using var command = new NpgsqlCommand(sql, connection);
                await command.ExecuteNonQueryAsync();
            }
        }

        foreach (var file in new[] { "portal.db", "portal.db-wal", "portal.db-shm", "jobs.db", "jobs.db-wal", "jobs.db-shm" })
            File.Delete(Path.Combine(options.DataPath, file));
    }

    /// <summary>The total the list page shows ("1–20 of 50,000").</summary>
    private static string Total(string? html) =>
        html is null ? "(failed)" : StatusText().Match(html) is { Success: true } match ? System.Net.WebUtility.HtmlDecode(match.Groups["text"].Value) : "(no total)";

    internal static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Portal.sln")))
                return folder.FullName;
        }

        throw new InvalidOperationException("Portal.sln not found above " + AppContext.BaseDirectory);
    }

    private static void Log(string message) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{DateTime.Now:HH:mm:ss}] {message}"));

    [GeneratedRegex("role=\"status\">(?<text>[^<]*)</span>")]
    private static partial Regex StatusText();
}

internal sealed class CaseBenchOptions
{
    public DatabaseProvider Provider { get; private init; } = DatabaseProvider.Sqlite;

    public int Cases { get; private init; } = 1_000_000;

    public int Accounts { get; private init; } = 2_000;

    /// <summary>Published knowledge articles, Japanese and English (KB-2 at volume).</summary>
    public int Articles { get; private init; } = 100_000;

    public int Seed { get; private init; } = 42;

    public TimeSpan Duration { get; private init; } = TimeSpan.FromSeconds(10);

    public TimeSpan WarmUp { get; private init; } = TimeSpan.FromSeconds(3);

    public string DataPath { get; private init; } = string.Empty;

    public string? ConnectionString { get; private init; }

    public bool SkipSeed { get; private init; }

    public bool SkipLoad { get; private init; }

    /// <summary>Load as these users only (customer, agent); all when null.</summary>
    public IReadOnlyList<string>? Users { get; private init; }

    /// <summary>The portal logs every SQL command with its duration (web.log in the data folder).</summary>
    public bool LogSql { get; private init; }

    public string SqliteConnectionString =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(DataPath, "portal.db"), DefaultTimeout = 30, Pooling = false }.ToString();

    public static CaseBenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var flags = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--skip-seed" or "--skip-load" or "--log-sql")
                flags.Add(args[i]);
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
                values[args[i]] = args[++i];
            else
                throw new ArgumentException($"Unknown argument {args[i]}; see CaseBench.cs for the options.");
        }

        var provider = values.GetValueOrDefault("--provider", "sqlite").ToUpperInvariant() switch
        {
            "SQLITE" => DatabaseProvider.Sqlite,
            "POSTGRES" or "POSTGRESQL" => DatabaseProvider.PostgreSql,
            var other => throw new ArgumentException($"--provider {other}: sqlite or postgres"),
        };
        string? connection = null;
        if (provider == DatabaseProvider.PostgreSql)
        {
            connection = values.GetValueOrDefault("--connection") ?? Environment.GetEnvironmentVariable("PORTAL_BENCH_POSTGRES");
            if (connection is null && Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES") is { } server)
                connection = new NpgsqlConnectionStringBuilder(server) { Database = "portal_bench" }.ConnectionString;
            if (connection is null)
                throw new ArgumentException("PostgreSQL needs --connection, PORTAL_BENCH_POSTGRES or PORTAL_TEST_POSTGRES (its database is replaced by portal_bench).");
        }

        return new CaseBenchOptions
        {
            Provider = provider,
            Cases = Int("--cases", 1_000_000),
            Accounts = Int("--accounts", 2_000),
            Articles = Int("--articles", 100_000),
            Seed = Int("--seed", 42),
            Duration = TimeSpan.FromSeconds(Int("--duration", 10)),
            WarmUp = TimeSpan.FromSeconds(Int("--warmup", 3)),
            DataPath = Path.GetFullPath(values.GetValueOrDefault("--data") ?? Path.Combine(Path.GetTempPath(), "portal-cases-" + provider.ToString().ToLowerInvariant())),
            ConnectionString = connection,
            SkipSeed = flags.Contains("--skip-seed"),
            SkipLoad = flags.Contains("--skip-load"),
            LogSql = flags.Contains("--log-sql"),
            Users = values.TryGetValue("--users", out var users) ? users.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : null,
        };

        int Int(string name, int fallback) => values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
    }
}
