using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Portal.Browser.Tests.Support;

/// <summary>
/// The portal on Kestrel at a free loopback port (127.0.0.1 only), with a data folder of its own, migrated
/// and seeded with the demo world; the folder is deleted on dispose. No background job server.
/// </summary>
public sealed class PortalServer : WebApplicationFactory<Program>
{
    // Program.cs installs a static Serilog bootstrap logger and AddSerilog freezes it while the host is
    // built: two hosts built at the same moment in one process freeze the same logger twice and the second
    // fails ("The logger is already frozen"). Only the starts take turns.
    private static readonly Lock StartGate = new();

    private readonly string _dataPath = Directory.CreateTempSubdirectory("portal-browser-tests-").FullName;

    public PortalServer()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        Address = new Uri(addresses.Single());
    }

    /// <summary>Where the portal listens, e.g. http://127.0.0.1:41234.</summary>
    public Uri Address { get; }

    public string Url(string path) => new Uri(Address, path).ToString();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:DataPath", _dataPath);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Seed:Demo", "true");
        builder.UseSetting("Jobs:RunServer", "false");
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        lock (StartGate)
            return base.CreateHost(builder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || !Directory.Exists(_dataPath))
            return;
        SqliteConnection.ClearAllPools(); // pooled connections keep the database files open
        Directory.Delete(_dataPath, recursive: true);
    }
}
