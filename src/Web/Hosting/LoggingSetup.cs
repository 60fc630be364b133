using System.Security.Claims;
using Serilog;

namespace Portal.Web.Hosting;

/// <summary>NFR-5: structured logs with request and user correlation.</summary>
internal static class LoggingSetup
{
    public static void AddPortalLogging(this WebApplicationBuilder builder) =>
        // The static logger stays the bootstrap one (used only if start-up fails), so hosts may start side by side.
        builder.Services.AddSerilog(preserveStaticLogger: true, configureLogger: (services, config) => config
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}", formatProvider: System.Globalization.CultureInfo.InvariantCulture));

    public static void UsePortalRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(options => options.EnrichDiagnosticContext = (diagnostics, http) =>
        {
            diagnostics.Set("UserId", http.User.Identity?.Name ?? "-");
            diagnostics.Set("ContactId", http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "-");
            diagnostics.Set("TraceId", http.TraceIdentifier);
        });
}
