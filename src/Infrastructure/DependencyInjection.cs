using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Portal.Application.Common.Files;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Mail;
using Portal.Application.Common.Outbox;
using Portal.Infrastructure.Exports;
using Portal.Infrastructure.Html;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Jobs;
using Portal.Infrastructure.Mail;
using Portal.Infrastructure.Oidc;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Seeding;
using Portal.Infrastructure.Storage;

namespace Portal.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var paths = new PortalPaths(configuration["Portal:DataPath"] ?? Path.Combine(environment.ContentRootPath, "App_Data"));
        Directory.CreateDirectory(paths.DataPath);
        services.AddSingleton(paths);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();

        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(database);
        services.AddPersistence(database, paths);

        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<ISequenceGenerator, SequenceGenerator>();
        services.AddScoped<ISignInService, SignInService>();
        services.AddScoped<IAccountSecurity, AccountSecurity>();
        services.AddScoped<IPasskeys, Passkeys>();
        services.AddScoped<IUserSessions, UserSessions>();

        services.AddIdentityCore<PortalUser>(options =>
            {
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
                options.User.RequireUniqueEmail = false; // AUTH-1: the user ID is the login name; e-mails may repeat
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+";
                options.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Security:LockoutAttempts", 5);
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Security:LockoutMinutes", 20));
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddUserManager<PortalUserManager>()
            .AddSignInManager<PortalSignInManager>()
            .AddEntityFrameworkStores<PortalDbContext>()
            // Only the portal's own second factors (and, below, password reset's tokens): not Identity's
            // defaults, whose e-mail and authenticator tokens have no replay protection.
            .AddTokenProvider<EmailCodeProvider>(EmailCodeProvider.Name)
            .AddTokenProvider<TotpProvider>(TotpProvider.Name)
            .AddPortalPasswords()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        // AUTH-6: cookies and the security-stamp check read the app's clock, so tests can move time.
        foreach (var scheme in new[] { IdentityConstants.ApplicationScheme, IdentityConstants.TwoFactorUserIdScheme })
            services.AddOptions<CookieAuthenticationOptions>(scheme).Configure<TimeProvider>((o, clock) => o.TimeProvider = clock);
        // AUTH-6: the sign-in cookie carries only a session key; the ticket lives in the shared database.
        services.AddSingleton<UserSessionStore>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<UserSessionStore>((o, store) => o.SessionStore = store);
        // AUTH-5: between password and code the user has 10 minutes: time to fetch a mail and ask for another.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme).Configure(o => o.ExpireTimeSpan = TimeSpan.FromMinutes(10));
        services.AddOptions<SecurityStampValidatorOptions>().Configure<TimeProvider>((o, clock) =>
        {
            o.TimeProvider = clock;
            o.ValidationInterval = TimeSpan.FromMinutes(configuration.GetValue("Security:StampValidationMinutes", 1.0));
        });
        var keys = services.AddDataProtection().SetApplicationName("Portal").PersistKeysToDbContext<PortalDbContext>();
        if (configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificate)
        {
            // Production: the key ring in the shared database is encrypted with a certificate every node holds.
            keys.ProtectKeysWithCertificate(System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(
                certificate, configuration["DataProtection:CertificatePassword"]));
        }

        services.AddPortalOidc(configuration, environment);

        services.Configure<PortalOptions>(configuration.GetSection(PortalOptions.Section));
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.AddScoped<IMailSender, MailKitSender>();
        services.AddScoped<IOutbox, DbOutbox>();
        services.AddSingleton<OutboxProcessor>();
        services.AddTransient<OutboxJob>();
        services.AddTransient<SessionCleanupJob>();
        services.AddTransient<SearchChangeCleanupJob>();
        services.TryAddSingleton<IOutboxSignal, HangfireOutboxSignal>();
        services.AddScoped<IAttemptCounter, AttemptCounter>();
        services.AddJobs(configuration, database, paths);
        // NFR-2: a stopping node lets in-flight requests and jobs finish for up to 25 s, then exits (within 30 s).
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(25));

        services.AddExports(configuration);
        services.AddSingleton<Application.Common.Importing.ITableImport, Importing.CsvTableImport>();
        services.AddFileStorage(configuration, environment, paths);
        services.AddSingleton<IHtmlSanitizer, AllowListHtmlSanitizer>();
        services.AddScoped<DemoSeeder>();
        services.AddSearch(configuration, environment, paths);
        services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database", tags: ["ready"])
            .AddCheck<Search.SearchIndexHealthCheck>("search", tags: ["ready"]);
        return services;
    }

    private static void AddPersistence(this IServiceCollection services, DatabaseOptions database, PortalPaths paths)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.SqlServer:
                services.AddDbContext<PortalDbContext, SqlServerPortalDbContext>((sp, o) => o.UseSqlServer(Required(database)).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
                break;
            case DatabaseProvider.PostgreSql:
                services.AddDbContext<PortalDbContext, PostgresPortalDbContext>((sp, o) => o.UseNpgsql(Required(database)).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
                break;
            default:
                var connection = SqliteConnectionString(database, paths);
                services.AddDbContext<PortalDbContext, SqlitePortalDbContext>((sp, o) => o.UseSqlite(connection).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
                break;
        }

        services.AddScoped<AuditInterceptor>();
        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<PortalDbContext>());
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<PortalDbContext>());
    }

    /// <summary>
    /// CASE-5, KB-2: "Search:IndexPath" (relative to the content root) is this node's index folder, by default
    /// "search/&lt;machine name&gt;" in the data folder, so nodes sharing a data volume keep theirs apart.
    /// </summary>
    private static void AddSearch(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, PortalPaths paths)
    {
        var folder = configuration["Search:IndexPath"] is { Length: > 0 } path
            ? Path.Combine(environment.ContentRootPath, path)
            : paths.Resolve(Path.Combine("search", Environment.MachineName));
        services.AddSingleton(new Search.SearchOptions { IndexPath = folder });
        services.AddSingleton<Search.SearchIndex>();
        services.AddSingleton<Application.Common.Search.ISearchIndex>(sp => sp.GetRequiredService<Search.SearchIndex>());
        services.AddHostedService<Search.SearchIndexWorker>();
    }

    /// <summary>CASE-8: "Storage:Path" (relative to the content root), by default "files" in the data folder; "Attachments" limits.</summary>
    private static void AddFileStorage(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, PortalPaths paths)
    {
        var folder = configuration["Storage:Path"] is { Length: > 0 } path
            ? Path.Combine(environment.ContentRootPath, path)
            : paths.Resolve("files");
        services.AddSingleton<IFileStorage>(new LocalFileStorage(folder));
        services.Configure<AttachmentOptions>(configuration.GetSection(AttachmentOptions.Section));
    }

    public static string SqliteConnectionString(DatabaseOptions database, PortalPaths paths) =>
        string.IsNullOrWhiteSpace(database.ConnectionString)
            ? new SqliteConnectionStringBuilder { DataSource = paths.Resolve("portal.db"), DefaultTimeout = 30 }.ToString()
            : database.ConnectionString;

    private static string Required(DatabaseOptions database) =>
        string.IsNullOrWhiteSpace(database.ConnectionString)
            ? throw new InvalidOperationException($"Database:ConnectionString is required for {database.Provider}.")
            : database.ConnectionString;

    /// <summary>Sign-in codes travel through the outbox: its job must start within a second or two, not Hangfire's default 15 s.</summary>
    private static readonly TimeSpan QueuePoll = TimeSpan.FromSeconds(1);

    private static void AddJobs(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database, PortalPaths paths)
    {
        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            switch (database.Provider)
            {
                case DatabaseProvider.SqlServer:
                    config.UseSqlServerStorage(database.ConnectionString);
                    break;
                case DatabaseProvider.PostgreSql:
                    config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(database.ConnectionString), new PostgreSqlStorageOptions { QueuePollInterval = QueuePoll });
                    break;
                default:
                    // A file of its own beside the portal database: it survives restarts like the data does.
                    config.UseSQLiteStorage(configuration["Jobs:SqlitePath"] ?? paths.Resolve("jobs.db"), new SQLiteStorageOptions { QueuePollInterval = QueuePoll });
                    break;
            }
        });
        if (configuration.GetValue("Jobs:RunServer", true))
            services.AddHangfireServer(o =>
            {
                o.WorkerCount = configuration.GetValue("Jobs:Workers", 2);
                // NFR-2: on SIGTERM running jobs see their token cancelled (the outbox gives its row back) and get
                // this long to end, within the host's own shutdown timeout below.
                o.ShutdownTimeout = TimeSpan.FromSeconds(15);
            });
    }
}
