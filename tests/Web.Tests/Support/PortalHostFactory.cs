using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Portal.Web.Tests.Support;

/// <summary>
/// The portal with a data folder of its own (SQLite database, jobs store, mail), migrated and seeded with
/// the demo world on start, no background job server; the folder is deleted on dispose.
/// Shared by Web.Tests (test server) and Browser.Tests (Kestrel).
/// </summary>
public abstract class PortalHostFactory : WebApplicationFactory<Program>
{
    /// <summary>
    /// Every host of a test run watches its configuration and content files; with inotify each watcher takes one of
    /// the user's instances (128 by default on Linux), and a long run of many hosts in one process runs out of them
    /// (the next host's pages then fail). Polling watchers need none.
    /// </summary>
    static PortalHostFactory() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");

    private readonly Lazy<string> _ownDataPath = new(() => Directory.CreateTempSubdirectory("portal-tests-").FullName);

    /// <summary>When set, this portal is a second node on the other's data folder and database; the other deletes the folder.</summary>
    public PortalHostFactory? NodeOf { get; init; }

    public string DataPath => NodeOf?.DataPath ?? _ownDataPath.Value;

    /// <summary>When set, the portal's clock: tests move it instead of waiting (sessions, lockout, codes).</summary>
    public FakeTimeProvider? Clock { get; init; }

    /// <summary>When set, mail goes over SMTP to this loopback port (a test's own SMTP listener).</summary>
    public int? SmtpPort { get; init; }

    /// <summary>Settings of the test, applied last (e.g. trusted proxies or low "RateLimits:…" for the AUTH-10 tests).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:DataPath", DataPath);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Seed:Demo", "true");
        builder.UseSetting("Jobs:RunServer", "false");
        // AUTH-10: tests sign in and reset far more often than people do, all from one address; the
        // limits stay out of their way unless a test sets its own.
        foreach (var kind in new[] { "SignIn", "MfaCode", "PasswordReset" })
        {
            builder.UseSetting($"RateLimits:{kind}:PerIp", "100000");
            builder.UseSetting($"RateLimits:{kind}:PerUser", "100000");
        }

        if (SmtpPort is { } port)
        {
            builder.UseSetting("Mail:SmtpHost", "127.0.0.1");
            builder.UseSetting("Mail:SmtpPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Mail:SmtpSecurity", "None");
        }

        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        if (Clock is not null)
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || !_ownDataPath.IsValueCreated || !Directory.Exists(_ownDataPath.Value))
            return;
        SqliteConnection.ClearAllPools(); // pooled connections keep the database files open
        try
        {
            Directory.Delete(_ownDataPath.Value, recursive: true);
        }
        catch (IOException)
        {
            // A background thread of the stopped host (a job's last step) may still add a file while the folder
            // goes: that only leaves a temp folder behind, never a failed test.
        }
    }
}
