using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Portal.Web.Hosting.AttemptLimits;

/// <summary>
/// AUTH-10: a request that the limits count, with who sends it (the client IP, after the trusted proxies'
/// headers) and which user ID it is about: the one typed into the form, or for MFA codes the user between
/// password and code. GETs of the pages are never attempts.
/// </summary>
internal sealed record Attempt(AttemptKind Kind, string ClientIp, string? UserKey)
{
    /// <summary>Longer than any user ID (AUTH-1: 40): a longer key cannot name a real user, so it need not be kept whole.</summary>
    private const int UserKeyMax = 64;

    private const string UserIdField = "UserId";

    public static async Task<Attempt?> ReadAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || KindOf(context) is not { } kind)
            return null;
        var userId = kind == AttemptKind.MfaCode ? await PendingUserAsync(context) : await TypedUserIdAsync(context);
        return new(kind, context.Connection.RemoteIpAddress?.ToString() ?? string.Empty, Normalize(userId));
    }

    /// <summary>By the routed page and the handler Razor Pages will run (route value, else the query; names compare without case).</summary>
    private static AttemptKind? KindOf(HttpContext context)
    {
        var handler = context.GetRouteValue("handler") as string ?? context.Request.Query["handler"].ToString();
        return (context.GetRouteValue("page") as string) switch
        {
            "/Account/Login" when handler.Length == 0 || Is(handler, "Passkey") => AttemptKind.SignIn,
            "/Account/Mfa" when Is(handler, "Choose") || Is(handler, "Resend") => AttemptKind.MfaCode,
            "/Account/Forgot" when Is(handler, "Verify") => AttemptKind.PasswordReset,
            _ => null,
        };
    }

    private static bool Is(string handler, string name) => string.Equals(handler, name, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Where model binding finds it: a form field if the form has one (first value), else the query string.
    /// A form that cannot be read is left to model binding to refuse; the IP limit still counts it.
    /// </summary>
    private static async Task<string?> TypedUserIdAsync(HttpContext context)
    {
        if (context.Request.HasFormContentType)
        {
            try
            {
                var form = await context.Request.ReadFormAsync(context.RequestAborted);
                if (form.TryGetValue(UserIdField, out var posted))
                    return posted.FirstOrDefault();
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
            {
                return null;
            }
        }

        return context.Request.Query.TryGetValue(UserIdField, out var query) ? query.FirstOrDefault() : null;
    }

    /// <summary>Between password and code Identity keeps the user in its two-factor cookie (the user's id as its name).</summary>
    private static async Task<string?> PendingUserAsync(HttpContext context) =>
        (await context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme)).Principal?.FindFirstValue(ClaimTypes.Name);

    /// <summary>User IDs are unique without case (AUTH-1) and trimmed by sign-in: "User.A " and "user.a" share a limit.</summary>
    private static string? Normalize(string? userId)
    {
        var key = userId?.Trim();
        if (string.IsNullOrEmpty(key))
            return null;
        return (key.Length > UserKeyMax ? key[..UserKeyMax] : key).ToUpperInvariant();
    }
}
