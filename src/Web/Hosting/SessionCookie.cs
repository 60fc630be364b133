using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Portal.Web.Hosting;

/// <summary>
/// AUTH-6: the sign-in cookie. It names a session held on the server (the session store), lapses after the
/// idle timeout (sliding), ends after the absolute lifetime whatever the activity, and is re-checked against
/// the user's security stamp. A session marker cookie lets the login page say that the user was signed out
/// for inactivity rather than never signed in; a cookie whose session the server no longer holds was ended
/// elsewhere (logout, the profile, a password change).
/// </summary>
internal static class SessionCookie
{
    public const string MarkerCookie = "portal.session";

    /// <summary>The login page's query parameter saying why the session ended.</summary>
    public const string EndedQuery = "ended";
    public const string Idle = "idle";
    public const string Lifetime = "lifetime";
    public const string Revoked = "revoked";
    private const string SignedInAtItem = "portal.signedInAt";

    public static void Configure(CookieAuthenticationOptions options, IConfiguration configuration)
    {
        var absolute = TimeSpan.FromHours(configuration.GetValue("Security:AbsoluteLifetimeHours", 12));
        options.LoginPath = "/Account/Login";
        options.LogoutPath = "/Account/Logout";
        options.Cookie.Name = "portal.auth";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Security:IdleTimeoutMinutes", 30));
        options.SlidingExpiration = true;

        options.Events.OnSigningIn = context =>
        {
            // A refreshed cookie (new language, new password) keeps the time of the first sign-in.
            context.Properties.Items.TryAdd(SignedInAtItem, options.TimeProvider!.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
            return Task.CompletedTask;
        };
        options.Events.OnSignedIn = context =>
        {
            Mark(context.HttpContext, Idle);
            return Task.CompletedTask;
        };
        options.Events.OnSigningOut = context =>
        {
            context.Response.Cookies.Delete(MarkerCookie);
            return Task.CompletedTask;
        };
        options.Events.OnValidatePrincipal = async context =>
        {
            if (context.Properties.Items.TryGetValue(SignedInAtItem, out var value) && long.TryParse(value, out var seconds)
                && options.TimeProvider!.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds) >= absolute)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                Mark(context.HttpContext, Lifetime);
                return;
            }

            await SecurityStampValidator.ValidatePrincipalAsync(context);
            if (context.Principal is null)
                Mark(context.HttpContext, Revoked); // password changed or login disabled elsewhere
        };
        options.Events.OnRedirectToLogin = context =>
        {
            // The marker outlives the lapsed sign-in cookie: this visitor was signed in, and it says why it ended.
            var uri = context.RedirectUri;
            // A reason set earlier in this request wins over the one the browser sent.
            var reason = context.HttpContext.Items[MarkerCookie] as string ?? context.Request.Cookies[MarkerCookie];
            if (reason is Idle or Lifetime or Revoked)
            {
                context.Response.Cookies.Delete(MarkerCookie);
                uri += (uri.Contains('?', StringComparison.Ordinal) ? "&" : "?") + EndedQuery + "=" + reason;
            }

            context.Response.Redirect(uri);
            return Task.CompletedTask;
        };
        // A signed-in user without the right role gets a 403 (rendered by the status page), not a redirect.
        options.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }

    /// <summary>Runs after the session store is set, so that a cookie naming an ended session reads as revoked.</summary>
    public static void MarkEndedSessions(CookieAuthenticationOptions options)
    {
        if (options.SessionStore is { } store)
            options.SessionStore = new EndedSessionMarker(store);
    }

    private static void Mark(HttpContext http, string reason)
    {
        http.Items[MarkerCookie] = reason;
        http.Response.Cookies.Append(MarkerCookie, reason, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, Secure = http.Request.IsHttps });
    }

    private sealed class EndedSessionMarker(ITicketStore store) : ITicketStore
    {
        public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
        {
            var ticket = await store.RetrieveAsync(key, httpContext, cancellationToken);
            if (ticket is null)
                httpContext.Items[MarkerCookie] = Revoked;
            return ticket;
        }

        public Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken) =>
            store.StoreAsync(ticket, httpContext, cancellationToken);

        public Task RenewAsync(string key, AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken) =>
            store.RenewAsync(key, ticket, httpContext, cancellationToken);

        public Task RemoveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken) =>
            store.RemoveAsync(key, httpContext, cancellationToken);

        public Task<string> StoreAsync(AuthenticationTicket ticket) => store.StoreAsync(ticket);

        public Task RenewAsync(string key, AuthenticationTicket ticket) => store.RenewAsync(key, ticket);

        public Task<AuthenticationTicket?> RetrieveAsync(string key) => store.RetrieveAsync(key);

        public Task RemoveAsync(string key) => store.RemoveAsync(key);
    }
}
