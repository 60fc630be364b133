using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Web.Pages.Account;

/// <summary>
/// Where a successful sign-in goes: back to the local page it came from, or home. A sign-in that a sibling portal
/// asked for (API-2: the return address is the OpenID Connect authorize endpoint) ends on <see cref="ContinueModel"/>
/// instead, because the authorize endpoint redirects to the sibling's origin, and browsers apply the page's
/// <c>form-action 'self'</c> to every redirect that follows a form post: the chain must end on a page of our own,
/// which then moves on by an ordinary navigation.
/// </summary>
internal static class SignedInRedirect
{
    /// <summary>The portal's OpenID Connect endpoints (the authorize endpoint redirects off-site).</summary>
    private const string OidcEndpoints = "/connect/";

    public static IActionResult To(PageModel page, string? returnUrl)
    {
        var target = page.Url.IsLocalUrl(returnUrl) ? returnUrl! : "/";
        return target.StartsWith(OidcEndpoints, StringComparison.OrdinalIgnoreCase)
            ? page.RedirectToPage("/Account/Continue", new { returnUrl = target })
            : page.LocalRedirect(target);
    }
}
