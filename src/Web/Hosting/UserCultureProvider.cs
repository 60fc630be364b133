using Microsoft.AspNetCore.Localization;
using Portal.Application.Common.Security;

namespace Portal.Web.Hosting;

/// <summary>UI-3: the language saved in the user's profile, carried in the sign-in cookie.</summary>
internal sealed class UserCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var language = httpContext.User.FindFirst(PortalClaimTypes.Language)?.Value;
        var culture = language switch
        {
            "en" => "en-US",
            "ja" => "ja-JP",
            _ => null,
        };
        return Task.FromResult(culture is null ? null : new ProviderCultureResult(culture));
    }
}
