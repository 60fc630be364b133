using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Security;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Jobs;
using Portal.Infrastructure.Oidc;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Seeding;

namespace Portal.Infrastructure;

/// <summary>What the host does once at start: migrate, seed the demo world (NFR-6), schedule the outbox sweep and the session cleanup (AUTH-6).</summary>
public static class Startup
{
    /// <summary>The command-line word that rebuilds this node's search index and exits (build.ps1 search-rebuild).</summary>
    public const string RebuildSearchCommand = "search-rebuild";

    /// <summary>This node's search index, dropped and built again from the database (after a restore, say).</summary>
    public static Task RebuildSearchIndexAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        services.GetRequiredService<Search.SearchIndex>().RebuildAsync(cancellationToken);

    public static async Task InitializeDatabaseAsync(this IServiceProvider services, bool isDevelopment, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        provider.GetRequiredService<CurrentUser>().RunAsSystem();
        var db = provider.GetRequiredService<PortalDbContext>();
        if (provider.GetRequiredService<DatabaseOptions>().MigrateOnStart)
            await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while one writer commits; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        // Create the data-protection key now: created later inside a command's transaction, its write on a
        // second connection would wait for that transaction (on SQLite, until the busy timeout).
        provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("Portal.Startup").Protect("key ring ready");

        // API-1, API-2: the server's shared keys and the clients from configuration.
        await provider.InitializeOidcAsync(cancellationToken);

        var configuration = provider.GetRequiredService<IConfiguration>();
        if (configuration.GetValue("Seed:Demo", isDevelopment))
            await provider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);

        if (configuration.GetValue("Jobs:RunServer", true))
        {
            var jobs = provider.GetRequiredService<IRecurringJobManager>();
            jobs.AddOrUpdate<OutboxJob>(OutboxJob.RecurringId, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
            jobs.AddOrUpdate<SessionCleanupJob>(SessionCleanupJob.RecurringId, job => job.RunAsync(CancellationToken.None), Cron.Hourly());
            jobs.AddOrUpdate<SearchChangeCleanupJob>(SearchChangeCleanupJob.RecurringId, job => job.RunAsync(CancellationToken.None), Cron.Daily());
        }
    }

    /// <summary>NFR-5: the Hangfire dashboard, for provider admins only.</summary>
    public static void MapJobsDashboard(this IEndpointRouteBuilder endpoints, string path) =>
        endpoints.MapHangfireDashboard(path, new DashboardOptions
        {
            // Checked twice: the endpoint policy signs in or refuses like any page; the filter guards the dashboard itself.
            Authorization = [new ProviderAdminDashboardFilter()],
            DisplayStorageConnectionString = false,
            AppPath = "/",
        }).RequireAuthorization(policy => policy.RequireRole(RoleMap.ProviderAdminName));

    private sealed class ProviderAdminDashboardFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(RoleMap.ProviderAdminName);
    }
}
