using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Application.Common.Outbox;
using Portal.Application.Common.Security;
using Portal.Infrastructure;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Jobs;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Support;

/// <summary>
/// The portal without its web shell: the real Application and Infrastructure registrations on a freshly
/// migrated and seeded database of its own, a fake clock, and no Hangfire server. Each test starts one.
/// </summary>
internal sealed class PortalApp : IAsyncDisposable
{
    /// <summary>The fixed "now" of every app: the demo world is seeded relative to it.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;
    private readonly TestDatabase _database;
    private readonly string _dataPath;
    private ClaimsPrincipal? _principal;

    private PortalApp(ServiceProvider services, TestDatabase database, string dataPath, FakeTimeProvider clock, RecordingOutboxSignal signal)
    {
        _services = services;
        _database = database;
        _dataPath = dataPath;
        Clock = clock;
        OutboxSignal = signal;
    }

    public FakeTimeProvider Clock { get; }

    public RecordingOutboxSignal OutboxSignal { get; }

    public DatabaseProvider Provider => _database.Provider;

    public IServiceProvider Services => _services;

    /// <param name="smtpPort">Where mail goes; by default a port nothing listens on (mail then stays in the outbox).</param>
    /// <param name="configure">Replaces registrations after the real ones, e.g. a port substituted with NSubstitute.</param>
    /// <param name="sqliteBusyTimeout">How long a SQLite writer waits for the lock (the portal's default is 30 s).</param>
    public static async Task<PortalApp> StartAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, int? smtpPort = null,
        Action<IServiceCollection>? configure = null, TimeSpan? sqliteBusyTimeout = null)
    {
        var dataPath = Directory.CreateTempSubdirectory("portal-apptests-").FullName;
        TestDatabase database;
        try
        {
            database = await TestDatabase.CreateAsync(provider, dataPath, sqliteBusyTimeout);
        }
        catch
        {
            Directory.Delete(dataPath, recursive: true); // also when PostgreSQL is skipped
            throw;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Portal:DataPath"] = dataPath,
            ["Database:Provider"] = provider.ToString(),
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Jobs:RunServer"] = "false",
            ["Seed:Demo"] = "true",
            ["Mail:SmtpHost"] = "127.0.0.1",
            ["Mail:SmtpPort"] = (smtpPort ?? FakeSmtp.FreePort()).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();

        var clock = new FakeTimeProvider(Start);
        var signal = new RecordingOutboxSignal();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddApplication();
        services.AddInfrastructure(configuration, new TestHostEnvironment(dataPath));
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IOutboxSignal>(signal);
        configure?.Invoke(services);

        var serviceProvider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var app = new PortalApp(serviceProvider, database, dataPath, clock, signal);
        try
        {
            await serviceProvider.InitializeDatabaseAsync(isDevelopment: true);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    /// <summary>Later <see cref="Send{TResponse}(ICommand{TResponse})"/> calls act as this demo user, with the claims a real sign-in gives.</summary>
    public async Task<PortalApp> SignedInAs(string userId)
    {
        _principal = await InScopeAsync(async sp =>
        {
            var user = await sp.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(userId)
                ?? throw new InvalidOperationException($"No user {userId}.");
            return await sp.GetRequiredService<IUserClaimsPrincipalFactory<PortalUser>>().CreateAsync(user);
        });
        return this;
    }

    /// <summary>Later calls act as a machine client holding a client-credentials token (API-1) with <paramref name="scope"/> (space-separated).</summary>
    public PortalApp AsApiClient(string clientId, string scope = ApiScopes.AlertsWrite)
    {
        _principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(CurrentUser.ClientIdClaim, clientId), new Claim(CurrentUser.ScopeClaim, scope)], "Bearer"));
        return this;
    }

    public PortalApp Anonymous()
    {
        _principal = null;
        return this;
    }

    public Task<TResponse> Send<TResponse>(ICommand<TResponse> command) =>
        InUserScopeAsync(async sp => await sp.GetRequiredService<ISender>().Send(command));

    public Task<TResponse> Send<TResponse>(IQuery<TResponse> query) =>
        InUserScopeAsync(async sp => await sp.GetRequiredService<ISender>().Send(query));

    /// <summary>
    /// A request scope of the current user (or anonymous). Like a web request it has an HttpContext
    /// (SignInManager needs one to write and refresh the cookie); the user comes from CurrentUser.Use.
    /// </summary>
    public async Task<T> InUserScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { RequestServices = sp };
        if (_principal is not null)
            sp.GetRequiredService<CurrentUser>().Use(_principal);
        // As the web host does right after authentication: role and scope from the database, once per request.
        await sp.GetRequiredService<CurrentUser>().LoadAsync(CancellationToken.None);
        return await action(sp);
    }

    /// <summary>A scope acting as the portal itself (like the jobs): sees every tenant.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        return await action(scope.ServiceProvider);
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> action) =>
        InScopeAsync(async sp => { await action(sp); return true; });

    /// <summary>A system scope the test keeps open, e.g. to hold an aggregate loaded while another scope changes it.</summary>
    public AsyncServiceScope CreateSystemScope()
    {
        var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        return scope;
    }

    /// <summary>One run of the outbox job (what Hangfire does each minute): returns how many rows it processed.</summary>
    public Task<int> ProcessOutboxAsync() =>
        _services.GetRequiredService<OutboxProcessor>().ProcessDueAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        var sqlite = Provider == DatabaseProvider.Sqlite
            ? Infrastructure.DependencyInjection.SqliteConnectionString(_services.GetRequiredService<DatabaseOptions>(), _services.GetRequiredService<PortalPaths>())
            : null;
        await _services.DisposeAsync();
        if (sqlite is not null)
        {
            // Pooled connections keep the file open; release them so the temp folder can go.
            using var pooled = new SqliteConnection(sqlite);
            SqliteConnection.ClearPool(pooled);
        }

        await _database.DisposeAsync();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temp folder behind.
        }
    }
}
