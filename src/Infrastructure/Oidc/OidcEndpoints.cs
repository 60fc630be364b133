using System.Collections.Immutable;
using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using Portal.Application.Account.Commands.SignOut;
using Portal.Application.Common.Interfaces;
using Portal.Domain.Common;
using Portal.Infrastructure.Persistence;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Portal.Infrastructure.Oidc;

/// <summary>
/// API-1, API-2: what the portal decides at the OpenID Connect endpoints (OpenIddict validates the protocol
/// before): who the user is at /connect/authorize (through the portal's own login, MFA and passkeys included),
/// what goes into the tokens, the userinfo answer and the sign-out at /connect/endsession.
/// </summary>
public static class OidcEndpoints
{
    private const string Server = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    /// <summary>Paths under which the server answers (no page conventions, no antiforgery: the protocol has its own checks).</summary>
    public const string PathPrefix = "/connect";

    public static void MapPortalOidc(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(PathPrefix + "/authorize", [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync);
        endpoints.MapPost(PathPrefix + "/token", TokenAsync);
        endpoints.MapMethods(PathPrefix + "/endsession", [HttpMethods.Get, HttpMethods.Post], EndSessionAsync);
        endpoints.MapMethods(PathPrefix + "/userinfo", [HttpMethods.Get, HttpMethods.Post], UserInfoAsync);
    }

    /// <summary>Server rules beyond OpenIddict's own: RP-initiated logout names the session it ends (id_token_hint).</summary>
    internal static void AddRules(OpenIddictServerBuilder options) =>
        options.AddEventHandler<OpenIddictServerEvents.ValidateEndSessionRequestContext>(handler => handler.UseInlineHandler(context =>
        {
            if (string.IsNullOrEmpty(context.Request.IdTokenHint))
                context.Reject(Errors.InvalidRequest, "The id_token_hint parameter is required.");
            return default;
        }));

    private static async Task<IResult> AuthorizeAsync(HttpContext http, IOpenIddictApplicationManager applications, PortalDbContext db)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var application = await applications.FindByClientIdAsync(request.ClientId!, http.RequestAborted);
        if (application is null || !await OidcApiClients.IsEnabledAsync(applications, application, http.RequestAborted))
            return Refuse(Errors.UnauthorizedClient, "The client is disabled.");

        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!session.Succeeded || !Guid.TryParse(session.Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var contactId))
        {
            if (request.HasPromptValue(PromptValues.None))
                return Refuse(Errors.LoginRequired, "The user is not signed in.");
            // Through the portal's own sign-in page (password, second factor or passkey), then back here.
            return Results.Challenge(new AuthenticationProperties { RedirectUri = http.Request.PathBase + http.Request.Path + QueryOf(http.Request) },
                [IdentityConstants.ApplicationScheme]);
        }

        var identity = await IdentityOfAsync(db, contactId, http.RequestAborted);
        if (identity is null)
            return Refuse(Errors.AccessDenied, "The account cannot sign in.");
        identity.SetScopes(request.GetScopes().Intersect([Scopes.OpenId, Scopes.Profile, Scopes.Email], StringComparer.Ordinal));
        identity.SetDestinations(DestinationsOf);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: Server);
    }

    private static async Task<IResult> TokenAsync(HttpContext http, IOpenIddictApplicationManager applications, PortalDbContext db)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var application = await applications.FindByClientIdAsync(request.ClientId!, http.RequestAborted);
        if (application is null || !await OidcApiClients.IsEnabledAsync(applications, application, http.RequestAborted))
            return Refuse(Errors.InvalidClient, "The client is disabled.");

        if (request.IsClientCredentialsGrantType())
        {
            // API-1: the machine client itself; the requested scopes were checked against its permissions.
            var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
            identity.SetClaim(Claims.Subject, request.ClientId);
            identity.SetClaim(Claims.Name, await applications.GetDisplayNameAsync(application, http.RequestAborted));
            identity.SetScopes(request.GetScopes());
            identity.SetDestinations(_ => [Destinations.AccessToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: Server);
        }

        if (request.IsAuthorizationCodeGrantType())
        {
            // The code's principal, read again from the database: a login disabled since the sign-in gets nothing.
            var code = await http.AuthenticateAsync(Server);
            if (code.Principal?.GetClaim(Claims.Subject) is not { } subject || !Guid.TryParse(subject, out var contactId)
                || await IdentityOfAsync(db, contactId, http.RequestAborted) is not { } identity)
            {
                return Refuse(Errors.InvalidGrant, "The account can no longer sign in.");
            }

            identity.SetScopes(code.Principal.GetScopes());
            identity.SetDestinations(DestinationsOf);
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: Server);
        }

        return Refuse(Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    private static async Task<IResult> UserInfoAsync(HttpContext http, PortalDbContext db)
    {
        var token = await http.AuthenticateAsync(Server);
        if (token.Principal?.GetClaim(Claims.Subject) is not { } subject || !Guid.TryParse(subject, out var contactId)
            || await IdentityOfAsync(db, contactId, http.RequestAborted) is not { } identity)
        {
            return Results.Challenge(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidToken,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The token names no user.",
            }), [Server]);
        }

        var scopes = token.Principal.GetScopes();
        var claims = new Dictionary<string, object?>(StringComparer.Ordinal) { [Claims.Subject] = subject };
        foreach (var claim in identity.Claims.Where(c => c.Type != Claims.Subject))
        {
            if (Granted(claim.Type, scopes))
                claims[claim.Type] = claim.Value;
        }

        return Results.Ok(claims);
    }

    private static async Task<IResult> EndSessionAsync(HttpContext http, ISender sender)
    {
        // OpenIddict checked the id_token_hint and that the post_logout_redirect_uri is one of its client's.
        if (http.RequestServices.GetRequiredService<ICurrentUser>().ContactId is not null)
        {
            await sender.Send(new SignOut(http.Connection.RemoteIpAddress?.ToString(), http.Request.Headers.UserAgent.ToString()), http.RequestAborted);
        }

        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/Account/Login?signedOut=true" }, [Server]);
    }

    /// <summary>The user as tokens show them; null when the login is disabled or gone.</summary>
    private static async Task<ClaimsIdentity?> IdentityOfAsync(PortalDbContext db, Guid contactId, CancellationToken cancellationToken)
    {
        // The token's own subject, read for the server itself (no request scope applies to a token endpoint call).
        var contact = await db.Contacts.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.Id == contactId && c.IsActive)
            .Select(c => new { c.Id, c.UserId, c.FirstName, c.LastName, c.Email, c.Language, c.CompanyId })
            .SingleOrDefaultAsync(cancellationToken);
        if (contact is null)
            return null;
        var company = contact.CompanyId is { } companyId
            // The subject's own company, as above.
            ? await db.Companies.IgnoreQueryFilters().AsNoTracking().Where(c => c.Id == companyId).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken)
            : null;

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, contact.Id.ToString())
            .SetClaim(Claims.PreferredUsername, contact.UserId)
            .SetClaim(Claims.Name, Domain.Contacts.Contact.FormatName(contact.FirstName, contact.LastName))
            .SetClaim(Claims.Email, contact.Email)
            .SetClaim(Claims.Locale, contact.Language.ToCode());
        if (contact.CompanyId is { } id)
            identity.SetClaim(OidcSetup.CompanyIdClaim, id.ToString()).SetClaim(OidcSetup.CompanyNameClaim, company);
        return identity;
    }

    /// <summary>The subject goes everywhere; the profile and e-mail claims only where their scope was granted.</summary>
    private static IEnumerable<string> DestinationsOf(Claim claim)
    {
        var scopes = claim.Subject?.GetScopes() ?? [];
        return claim.Type == Claims.Subject || Granted(claim.Type, scopes)
            ? [Destinations.AccessToken, Destinations.IdentityToken]
            : [];
    }

    private static bool Granted(string claimType, ImmutableArray<string> scopes) => claimType switch
    {
        Claims.Subject => true,
        Claims.Email => scopes.Contains(Scopes.Email),
        _ => scopes.Contains(Scopes.Profile),
    };

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }), [Server]);

    private static QueryString QueryOf(HttpRequest request) =>
        request.HasFormContentType ? QueryString.Create(request.Form.Select(f => KeyValuePair.Create(f.Key, f.Value))) : request.QueryString;
}
