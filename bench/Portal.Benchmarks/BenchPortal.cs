using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Portal.Application;
using Portal.Infrastructure;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Persistence;

namespace Portal.Benchmarks;

/// <summary>
/// The portal's real Application and Infrastructure services, without a web host: on a SQLite database in
/// <c>dataPath</c>, or on the database of <c>connectionString</c>.
/// </summary>
internal sealed class BenchPortal(ServiceProvider services) : IAsyncDisposable
{
    public IServiceProvider Services => services;

    public static BenchPortal Create(string dataPath, bool seedDemo, int? pdfMaxRows = null,
        DatabaseProvider provider = DatabaseProvider.Sqlite, string? connectionString = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Portal:DataPath"] = dataPath,
            ["Database:Provider"] = provider.ToString(),
            ["Database:ConnectionString"] = connectionString,
            ["Jobs:RunServer"] = "false",
            ["Seed:Demo"] = seedDemo ? "true" : "false",
        };
        if (pdfMaxRows is { } rows)
            settings["Exports:PdfMaxRows"] = rows.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddApplication();
        collection.AddInfrastructure(configuration, new BenchEnvironment(dataPath));
        return new BenchPortal(collection.BuildServiceProvider());
    }

    public Task InitializeAsync() => services.InitializeDatabaseAsync(isDevelopment: false);

    /// <summary>The claims a real sign-in of <paramref name="userId"/> gives, as the authorization and tenant rules read them.</summary>
    public async Task<ClaimsPrincipal> PrincipalAsync(string userId)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(userId)
            ?? throw new InvalidOperationException($"No user {userId}.");
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<PortalUser>>().CreateAsync(user);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Npgsql.NpgsqlConnection.ClearAllPools();
    }

    private sealed class BenchEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "Portal.Benchmarks";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
