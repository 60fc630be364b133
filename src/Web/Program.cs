using Portal.Application;
using Portal.Infrastructure;
using Portal.Infrastructure.Oidc;
using Portal.Web.Api;
using Portal.Web.Hosting;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddPortalLogging();
    builder.Services.AddApplication();
    builder.Services.AddInfrastructure(builder.Configuration, builder.Environment);
    builder.Services.AddPortalWeb(builder.Configuration);
    builder.Services.AddPortalApiAuthorization();

    var app = builder.Build();
    await app.Services.InitializeDatabaseAsync(app.Environment.IsDevelopment());
    if (args.Contains(Startup.RebuildSearchCommand, StringComparer.Ordinal))
    {
        await app.Services.RebuildSearchIndexAsync();
        return;
    }

    app.UsePortalWeb();
    app.MapJobsDashboard(WebSetup.JobsPath);
    app.MapPortalOidc();
    await app.RunAsync();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "The portal stopped unexpectedly");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point, visible to the test hosts.</summary>
public partial class Program;
