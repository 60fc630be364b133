using Portal.Application.Common.Security;

namespace Portal.Web.Api;

/// <summary>
/// API-1: who may call the portal's API. Machine clients present an access token issued by the portal's own
/// OpenID Connect server (client credentials) carrying the <see cref="AlertsWriteScope"/> scope; the endpoints
/// require <see cref="AlertsWritePolicy"/>.
/// </summary>
public static class ApiAuthorization
{
    /// <summary>The scope a machine client needs to post alerts.</summary>
    public const string AlertsWriteScope = ApiScopes.AlertsWrite;

    /// <summary>The authorization policy of the alert endpoints.</summary>
    public const string AlertsWritePolicy = "Api.AlertsWrite";

    /// <summary>The authentication scheme that reads the bearer token (OpenIddict's validation handler).</summary>
    public const string Scheme = "OpenIddict.Validation.AspNetCore";
}
