using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Application.Account.Commands.ChangeLanguage;
using Portal.Application.Account.Commands.ChangePassword;
using Portal.Application.Account.Commands.RequestPasswordReset;
using Portal.Application.Account.Commands.ResetPassword;
using Portal.Application.Account.Commands.SignIn;
using Portal.Application.Account.Commands.SignOut;
using Portal.Application.Account.Queries.GetResetLink;
using Portal.Application.Admin.Commands.UnlockContact;
using Portal.Domain.Common;
using Portal.Web.Hosting;
namespace Portal.Web.Pages.Account;

/// <summary>
/// AUTH-4 step ③ リセット: the page of a mailed link (user and token in the URL). A link that is expired,
/// used or not genuine shows why and offers a new reset; success goes to the sign-in page.
/// </summary>
public sealed class ResetModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid ContactId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    /// <summary>Null when the link cannot be used.</summary>
    public PasswordChecklistModel? Checklist { get; private set; }

    public Task<PageResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new ResetPassword(ContactId, Token ?? string.Empty, NewPassword ?? string.Empty, ConfirmPassword ?? string.Empty,
                HttpContext.Connection.RemoteIpAddress?.ToString(), Request.Headers.UserAgent.ToString()), cancellationToken);
            return RedirectToPage("/Account/Login", new { passwordReset = true });
        }
        catch (ValidationException ex)
        {
            ModelState.AddFailures(ex);
            return await ShowAsync(cancellationToken);
        }
        catch (DomainRuleException ex) when (ex.Code == ResetPassword.LinkInvalid)
        {
            return Page();
        }
    }

    /// <summary>The form again, for the link's owner (its user ID is shown and checked by the checklist).</summary>
    private async Task<PageResult> ShowAsync(CancellationToken cancellationToken)
    {
        var owner = await sender.Send(new GetResetLink(ContactId, Token ?? string.Empty), cancellationToken);
        Checklist = owner is null ? null : new PasswordChecklistModel(owner);
        return Page();
    }
}
