namespace Portal.Web.Api;

/// <summary>
/// API-1: the alert endpoint, its limits and its OpenAPI document. Who may call it (the token server, the
/// <see cref="ApiAuthorization.AlertsWritePolicy"/> policy and its scheme) is set up with the API's authorization.
/// </summary>
internal static class AlertsApiSetup
{
    public static IServiceCollection AddAlertsApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AlertsApiOptions>().Bind(configuration.GetSection(AlertsApiOptions.Section))
            .Validate(o => o.IsValid, $"{AlertsApiOptions.Section}: the body limit, permit limit and window must be positive.")
            .ValidateOnStart();
        services.AddScoped<AlertRateLimit>();
        services.AddApiDocument();
        return services;
    }

    public static void MapAlertsApi(this WebApplication app)
    {
        app.MapAlertsEndpoint();
        app.MapApiDocument();
    }
}
