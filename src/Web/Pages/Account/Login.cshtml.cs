using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Application.Account.Commands.BeginPasskeyRegistration;
using Portal.Application.Account.Commands.BeginPasskeySignIn;
using Portal.Application.Account.Commands.ChangeLanguage;
using Portal.Application.Account.Commands.ChangePassword;
using Portal.Application.Account.Commands.PasskeySignIn;
using Portal.Application.Account.Commands.RegisterPasskey;
using Portal.Application.Account.Commands.RemovePasskey;
using Portal.Application.Account.Commands.RenamePasskey;
using Portal.Application.Account.Commands.RequestPasswordReset;
using Portal.Application.Account.Commands.ResetPassword;
using Portal.Application.Account.Commands.SignIn;
using Portal.Application.Account.Commands.SignOut;
using Portal.Application.Admin.Commands.UnlockContact;
using Portal.Web.Hosting;
using Portal.Web.Resources;

namespace Portal.Web.Pages.Account;

/// <summary>AUTH-1 sign-in form. Every refusal reads the same (AUTH-2); the user ID typed is kept.</summary>
public sealed class LoginModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public string? UserId { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool SignedOut { get; set; }

    /// <summary>AUTH-4: arrived from a completed password reset.</summary>
    [BindProperty(SupportsGet = true)]
    public bool PasswordReset { get; set; }

    /// <summary>AUTH-6: why the previous session ended (idle, lifetime, revoked), so the page can say so.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Ended { get; set; }

    public string? EndedMessageKey => Ended switch
    {
        SessionCookie.Idle => "Login.Ended.Idle",
        SessionCookie.Lifetime => "Login.Ended.Lifetime",
        SessionCookie.Revoked => "Login.Ended.Revoked",
        _ => null,
    };

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var command = new SignIn(UserId ?? string.Empty, Password ?? string.Empty,
                HttpContext.Connection.RemoteIpAddress?.ToString(), Request.Headers.UserAgent.ToString());
            switch (await sender.Send(command, cancellationToken))
            {
                case SignInOutcome.SignedIn:
                    return SignedInRedirect.To(this, ReturnUrl);
                case SignInOutcome.MfaRequired:
                    TempData[MfaModel.FromPasswordKey] = true;
                    return RedirectToPage("/Account/Mfa", new { returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null });
                default:
                    ModelState.AddModelError(string.Empty, text["Login.Failed"]);
                    break;
            }
        }
        catch (ValidationException ex)
        {
            ModelState.AddFailures(ex);
        }

        return Page();
    }

    /// <summary>AUTH-9: WebAuthn request options, fetched by passkeys.js.</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync(CancellationToken cancellationToken) =>
        Content(await sender.Send(new BeginPasskeySignIn(), cancellationToken), "application/json");

    public async Task<IActionResult> OnPostPasskeyAsync(string? credential, CancellationToken cancellationToken)
    {
        var outcome = await sender.Send(new PasskeySignIn(credential ?? string.Empty, HttpContext.Connection.RemoteIpAddress?.ToString(),
            Request.Headers.UserAgent.ToString()), cancellationToken);
        if (outcome == SignInOutcome.SignedIn)
            return SignedInRedirect.To(this, ReturnUrl);
        ModelState.AddModelError(string.Empty, text["Passkey.Failed"]);
        return Page();
    }
}
