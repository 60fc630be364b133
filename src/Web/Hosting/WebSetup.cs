using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.WebEncoders;
using Portal.Web.Api;
using Portal.Web.Hosting.AttemptLimits;
using Portal.Web.Hosting.Forms;
using Portal.Web.Resources;
namespace Portal.Web.Hosting;

/// <summary>The web shell: proxies and attempt limits (AUTH-10), localization (UI-3), sign-in cookie, pages, errors, health (NFR-5).</summary>
internal static class WebSetup
{
    /// <summary>Where the Hangfire dashboard is served (provider admins only).</summary>
    public const string JobsPath = "/jobs";

    /// <summary>The pages reachable before sign-in; every other page needs a signed-in user.</summary>
    private static readonly string[] AnonymousPages =
        ["/Error", "/Account/Login", "/Account/Logout", "/Account/Language", "/Account/Mfa", "/Account/Forgot", "/Account/Reset", "/TooManyAttempts"];

    public static readonly CultureInfo[] Cultures = [new("ja-JP"), new("en-US")];

    public static IServiceCollection AddPortalWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProxyHeaders(configuration);
        services.AddAttemptLimits(configuration);
        services.AddLocalization();
        // Japanese text as characters, not numeric entities: smaller pages, readable source.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            // The signed-in user's own setting first; before sign-in, an explicit choice kept in a cookie, then the browser's language.
            options.RequestCultureProviders =
                [new UserCultureProvider(), new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider(), new BrowserLanguageProvider()];
        });

        services.ConfigureApplicationCookie(options => SessionCookie.Configure(options, configuration));
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, SessionCookie.MarkEndedSessions);
        services.AddAuthorization();
        services.AddAntiforgery(o => o.Cookie.Name = "portal.csrf");

        services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeFolder("/");
                foreach (var page in AnonymousPages)
                    options.Conventions.AllowAnonymousToPage(page);
            })
            .AddMvcOptions(o =>
            {
                o.Filters.Add<ApplicationExceptionFilter>();
                o.Filters.Add<BindingFailureFilter>();
                // Required fields are the application's validators' to word (UI-3); MVC's implicit [Required] for
                // non-nullable strings would stop the handler before them (BindingFailureFilter).
                o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            })
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization();
        services.AddOptions<MvcOptions>().Configure<IStringLocalizer<SharedResource>>((o, text) => BindingFailureFilter.Localize(o.ModelBindingMessageProvider, text));
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddScoped<UserTime>();
        services.Configure<PortalLinksOptions>(configuration.GetSection(PortalLinksOptions.Section));
        services.AddAlertsApi(configuration);
        return services;
    }

    public static void UsePortalWeb(this WebApplication app)
    {
        // AUTH-10: first, so that everything after it (logs, history, lockout, limits) sees the client, not the proxy.
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
            app.UseHsts();
        app.UseSecurityHeaders(JobsPath);
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Error/{0}");
        app.UsePortalRequestLogging();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UsePrincipalScope();
        app.UseRequestLocalization();
        app.UseMailedLanguage();
        app.UseAttemptLimits();
        app.UseAuthorization();
        app.UseFormBodyCheck();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapRazorPages();
        app.MapAlertsApi();
    }
}
