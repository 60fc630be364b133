using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Application.Account;
using Portal.Application.Account.Commands.ChangeLanguage;
using Portal.Application.Account.Commands.ChangePassword;
using Portal.Application.Account.Commands.RequestPasswordReset;
using Portal.Application.Account.Commands.ResetPassword;
using Portal.Application.Account.Commands.SendMfaCode;
using Portal.Application.Account.Commands.SignIn;
using Portal.Application.Account.Commands.SignOut;
using Portal.Application.Account.Commands.VerifyMfa;
using Portal.Application.Account.Queries.GetMfaChallenge;
using Portal.Application.Admin.Commands.UnlockContact;
using Portal.Application.Common.Interfaces;
using Portal.Domain.Common;
using Portal.Web.Resources;

namespace Portal.Web.Pages.Account;

/// <summary>
/// AUTH-5: the second step of sign-in (guide 4.2 (3)–(4)): choose a method, enter the code, optionally
/// remember this browser for 8 hours, or try another method (別の確認方法をお試しください).
/// </summary>
public sealed class MfaModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel
{
    public MfaChallengeView Pending { get; private set; } = null!;

    /// <summary>The method being entered; null while the user chooses.</summary>
    [BindProperty(SupportsGet = true)]
    public MfaMethod? Method { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public bool RememberBrowser { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostChooseAsync(MfaMethod method, CancellationToken cancellationToken)
    {
        if (method == MfaMethod.EmailCode && !await TrySendCodeAsync(cancellationToken))
            return await ShowAsync(cancellationToken);
        return RedirectToPage(new { method, returnUrl = ReturnUrl });
    }

    public async Task<IActionResult> OnPostResendAsync(CancellationToken cancellationToken)
    {
        await TrySendCodeAsync(cancellationToken);
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken cancellationToken)
    {
        if (Method is not { } method)
            return RedirectToPage(new { returnUrl = ReturnUrl });
        try
        {
            var outcome = await sender.Send(new VerifyMfa(method, Code ?? string.Empty, RememberBrowser,
                HttpContext.Connection.RemoteIpAddress?.ToString(), Request.Headers.UserAgent.ToString()), cancellationToken);
            if (outcome == SignInOutcome.SignedIn)
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
            ModelState.AddModelError(nameof(Code), text["Mfa.WrongCode"]);
        }
        catch (ValidationException)
        {
            ModelState.AddModelError(nameof(Code), text["Mfa.CodeRequired"]);
        }

        return await ShowAsync(cancellationToken);
    }

    private async Task<bool> TrySendCodeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new SendMfaCode(), cancellationToken);
            return true;
        }
        catch (DomainRuleException ex) when (ex.Code == "Mfa.ResendTooSoon")
        {
            ModelState.AddModelError(string.Empty, text["Mfa.ResendTooSoon", ex.Details["seconds"] ?? 30]);
            return false;
        }
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        // No user between password and second factor on this browser (expired or never): start again.
        if (await sender.Send(new GetMfaChallenge(), cancellationToken) is not { } challenge)
            return RedirectToPage("/Account/Login", new { returnUrl = ReturnUrl });
        Pending = challenge;
        if (Method is { } method && !challenge.Methods.Contains(method))
            Method = null;
        return Page();
    }
}
