using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenIddict.Core;
using OpenIddict.Server;
using OpenIddict.Validation;
using Portal.Application.Integrations.Clients;
using Portal.Infrastructure.Persistence;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Portal.Infrastructure.Oidc;

/// <summary>
/// API-1, API-2: the portal as an OpenID Connect server (OpenIddict): its stores on the portal's database, the
/// endpoints under /connect, client credentials for machine clients and authorization code + PKCE for sibling
/// portals, and the validation of its own access tokens (<see cref="ValidationScheme"/>).
/// </summary>
public static class OidcSetup
{
    /// <summary>The scheme that reads bearer tokens (OpenIddict's validation handler).</summary>
    public const string ValidationScheme = OpenIddict.Validation.AspNetCore.OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;

    /// <summary>The API scope of machine clients posting alerts.</summary>
    public const string AlertsWriteScope = "alerts:write";

    /// <summary>Claims of the user's company in id tokens and userinfo.</summary>
    public const string CompanyIdClaim = "company_id";

    public const string CompanyNameClaim = "company_name";

    public static IServiceCollection AddPortalOidc(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(OidcOptions.Section);
        var settings = section.Get<OidcOptions>() ?? new OidcOptions();
        services.Configure<OidcOptions>(section);
        services.AddScoped<IApiClients, OidcApiClients>();
        services.AddScoped<OidcApiClients>();

        services.AddOpenIddict()
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<PortalDbContext>().ReplaceDefaultEntities<Guid>())
            .AddServer(options =>
            {
                options.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/endsession")
                    .SetUserInfoEndpointUris("connect/userinfo");
                options.AllowClientCredentialsFlow().AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                options.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, AlertsWriteScope);
                options.RegisterClaims(Claims.Subject, Claims.Name, Claims.PreferredUsername, Claims.Email, Claims.Locale, CompanyIdClaim, CompanyNameClaim);
                options.SetAccessTokenLifetime(settings.AccessTokenLifetime);
                if (settings.Issuer is { Length: > 0 } issuer)
                    options.SetIssuer(new Uri(issuer, UriKind.Absolute));

                if (settings.SigningCertificatePath is { Length: > 0 } signing)
                    options.AddSigningCertificate(X509CertificateLoader.LoadPkcs12FromFile(signing, settings.SigningCertificatePassword));
                if (settings.EncryptionCertificatePath is { Length: > 0 } encryption)
                    options.AddEncryptionCertificate(X509CertificateLoader.LoadPkcs12FromFile(encryption, settings.EncryptionCertificatePassword));

                var host = options.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough();
                // Plain http only where the portal itself may run without TLS: development and tests.
                if (environment.IsDevelopment())
                    host.DisableTransportSecurityRequirement();

                OidcEndpoints.AddRules(options);
            })
            .AddValidation(options =>
            {
                options.UseLocalServer();
                options.UseAspNetCore();
                // A revoked token (its client disabled) stops working on its next use.
                options.EnableTokenEntryValidation();
            });

        // The keys from the shared database, when no certificate gave them (runs after the builder's settings).
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, OidcKeyRing>();
        // Expiry follows the portal's clock, as sessions do (tests move it).
        services.AddOptions<OpenIddictServerOptions>().Configure<TimeProvider>((o, clock) => o.TimeProvider = clock);
        services.AddOptions<OpenIddictValidationOptions>().Configure<TimeProvider>((o, clock) => o.TimeProvider = clock);
        services.AddOptions<OpenIddictCoreOptions>().Configure<TimeProvider>((o, clock) => o.TimeProvider = clock);
        return services;
    }

    /// <summary>At start-up, after migrations: the shared keys exist and the configured clients are registered.</summary>
    public static async Task InitializeOidcAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        if (services.GetRequiredService<IOptions<OidcOptions>>().Value is { SigningCertificatePath: not { Length: > 0 } } or { EncryptionCertificatePath: not { Length: > 0 } })
            OidcKeyRing.EnsureCreated(services);
        await services.GetRequiredService<OidcApiClients>().SynchronizeAsync(cancellationToken);
    }
}
