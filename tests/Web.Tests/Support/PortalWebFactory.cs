using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.Infrastructure.Seeding;

namespace Portal.Web.Tests.Support;

/// <summary>
/// The portal on a test server with a data folder of its own (SQLite database, jobs store, mail), migrated
/// and seeded with the demo world on start, and deleted on dispose. No background job server.
/// </summary>
public sealed class PortalWebFactory : WebApplicationFactory<Program>
{
    // Program.cs installs a static Serilog bootstrap logger and AddSerilog freezes it while the host is
    // built: two hosts built at the same moment in one process freeze the same logger twice and the second
    // fails ("The logger is already frozen"). Tests still run in parallel; only the starts take turns.
    private static readonly Lock StartGate = new();

    public string DataPath { get; } = Directory.CreateTempSubdirectory("portal-web-tests-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:DataPath", DataPath);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Seed:Demo", "true");
        builder.UseSetting("Jobs:RunServer", "false");
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ClientAddressFilter>());
    }

    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client signed in through the real login form with the demo password.</summary>
    public async Task<HttpClient> LoggedInAs(string userId)
    {
        var client = CreateBrowser();
        using var response = await client.LogInAsync(userId, DemoAccounts.Password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{userId} could not sign in: {(int)response.StatusCode}");
        return client;
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        lock (StartGate)
            return base.CreateHost(builder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || !Directory.Exists(DataPath))
            return;
        SqliteConnection.ClearAllPools(); // pooled connections keep the database files open
        Directory.Delete(DataPath, recursive: true);
    }
}
