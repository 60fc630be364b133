using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Application.Account.Commands.ChangeLanguage;
using Portal.Application.Account.Commands.ChangePassword;
using Portal.Application.Account.Commands.RequestPasswordReset;
using Portal.Application.Account.Commands.ResetPassword;
using Portal.Application.Account.Commands.SignIn;
using Portal.Application.Account.Commands.SignOut;
using Portal.Application.Admin.Commands.UnlockContact;
using Portal.Web.Hosting;
using Portal.Web.Resources;

namespace Portal.Web.Pages.Account;

/// <summary>
/// AUTH-4 steps ① 特定 and ② 検証 (guide 4.4, 5.2). The first step only carries the user ID to the second, so
/// nothing is looked up before the e-mail is given; the second always ends on the same "mail sent" page.
/// </summary>
public sealed class ForgotModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel
{
    /// <summary>Filled in from the link of a new user's activation mail (ADM-2, guide 5.2).</summary>
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    /// <summary>1: user ID, 2: e-mail.</summary>
    public int Step { get; private set; } = 1;

    /// <summary>The one answer to every reset request, whether or not the user ID exists or the e-mail matches.</summary>
    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public void OnGetSent() => Sent = true;

    public IActionResult OnPostIdentify()
    {
        if (string.IsNullOrWhiteSpace(UserId))
            ModelState.AddModelError(nameof(UserId), text["Forgot.UserIdRequired"]);
        else
            Step = 2;
        return Page();
    }

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new RequestPasswordReset(UserId ?? string.Empty, Email ?? string.Empty,
                HttpContext.Connection.RemoteIpAddress?.ToString(), Request.Headers.UserAgent.ToString()), cancellationToken);
            return RedirectToPage("/Account/Forgot", "Sent");
        }
        catch (ValidationException ex)
        {
            ModelState.AddFailures(ex);
            Step = ex.Errors.Any(e => e.PropertyName == nameof(UserId)) ? 1 : 2;
            return Page();
        }
    }
}
