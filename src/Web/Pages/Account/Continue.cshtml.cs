using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Web.Pages.Account;

/// <summary>
/// API-2: the page a sign-in for a sibling portal ends on (see <see cref="SignedInRedirect"/>); it moves on at once to
/// the local address it was given (the authorize endpoint, which sends the user back to the sibling), with a link for
/// a browser that does not follow the refresh.
/// </summary>
[Authorize]
public sealed class ContinueModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Only a local address: anything else goes home.</summary>
    public string Target => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";

    public void OnGet()
    {
    }
}
