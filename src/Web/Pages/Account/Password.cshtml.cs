using System.Security.Claims;
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
using Portal.Application.Common.Security;
using Portal.Web.Hosting;
using Portal.Web.Resources;

namespace Portal.Web.Pages.Account;

/// <summary>AUTH-7 password change (guide 4.13.4): current, new and confirmed password, with the AUTH-3 checklist.</summary>
public sealed class PasswordModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Changed { get; set; }

    public PasswordChecklistModel Checklist =>
        PasswordChecklistModel.ForSignedIn(User.Identity?.Name, User.FindFirstValue(PortalClaimTypes.DisplayName));

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var command = new ChangePassword(CurrentPassword ?? string.Empty, NewPassword ?? string.Empty, ConfirmPassword ?? string.Empty,
                HttpContext.Connection.RemoteIpAddress?.ToString(), Request.Headers.UserAgent.ToString());
            if (await sender.Send(command, cancellationToken))
                return RedirectToPage(new { changed = true });
            ModelState.AddModelError(nameof(CurrentPassword), text["Password.WrongCurrent"]);
        }
        catch (ValidationException ex)
        {
            ModelState.AddFailures(ex);
        }

        return Page();
    }
}
