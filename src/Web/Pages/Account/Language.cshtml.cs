using Mediator;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Application.Account.Commands.ChangeLanguage;
using Portal.Application.Account.Commands.ChangePassword;
using Portal.Application.Account.Commands.RequestPasswordReset;
using Portal.Application.Account.Commands.ResetPassword;
using Portal.Application.Account.Commands.SignIn;
using Portal.Application.Account.Commands.SignOut;
using Portal.Application.Admin.Commands.UnlockContact;
using Portal.Domain.Common;

namespace Portal.Web.Pages.Account;

/// <summary>
/// UI-3 language switch: saved on the signed-in user's profile (and applied at once), or kept in a
/// cookie before sign-in. POST only.
/// </summary>
public sealed class LanguageModel(ISender sender) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync(string language, string? returnUrl, CancellationToken cancellationToken)
    {
        var chosen = language == LanguageCodes.English ? Language.English : Language.Japanese;
        if (User.Identity?.IsAuthenticated == true)
            await sender.Send(new ChangeLanguage(chosen), cancellationToken);
        var culture = chosen == Language.English ? "en-US" : "ja-JP";
        Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(365) });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
