namespace Portal.Web.Hosting;

/// <summary>
/// Browser-side hardening on every response: only the portal's own scripts, styles and fonts (no CDN,
/// no inline script), no framing, no MIME sniffing, no referrer leaks to other sites.
/// </summary>
internal static class SecurityHeaders
{
    // style-src-attr: comments keep colours as style attributes, which the server-side allow-list limits to
    // colour, background and alignment (CASE-7); style elements and every script stay the portal's own.
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static void UseSecurityHeaders(this WebApplication app, string dashboardPath) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            // The jobs dashboard ships its own inline scripts; it is for provider admins only.
            if (!context.Request.Path.StartsWithSegments(dashboardPath))
                headers.ContentSecurityPolicy = Policy;
            return next(context);
        });
}
