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
using Portal.Web.Resources;

namespace Portal.Web.Pages.Account;

/// <summary>
/// AUTH-5: the second step of sign-in (guide 4.2 (3)–(4)): choose a method, enter the code, optionally
/// remember this browser for 8 hours, or try another method (別の確認方法をお試しください). A user with one
/// method has nothing to choose and goes straight to its code. The page says a code was sent only when one
/// was; within 30 seconds of the last one (a second sign-in right after the first) it says that code is still valid.
/// </summary>
public sealed class MfaModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel
{
    /// <summary>Set by the password step (Login): the one time a single e-mail method mails its code on arrival.</summary>
    public const string FromPasswordKey = "Mfa.FromPassword";

    private const string CodeNoticeKey = "Mfa.CodeNotice";

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

    /// <summary>What the page says about the e-mail code ("Mfa.EmailSent", "Mfa.EarlierCodeValid"); none when it did not just ask for one.</summary>
    public string? CodeNotice { get; private set; }

    /// <summary>Only one method: nothing to choose, so no way to try another.</summary>
    public bool HasChoice => Pending.Methods.Count > 1;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var shown = await ShowAsync(cancellationToken);
        CodeNotice = TempData[CodeNoticeKey] as string; // set by the choice just before
        if (shown is PageResult && Method is null && Pending.Methods is [var only])
        {
            // A single method: as if it was chosen. Only arriving from the password step mails a code, so that
            // reloading this page sends nothing (the sign-in attempt limits AUTH-10 cover that step).
            if (only == MfaMethod.EmailCode && TempData[FromPasswordKey] is true)
            {
                CodeNotice = NoticeOf(await sender.Send(new SendMfaCode(), cancellationToken));
                shown = await ShowAsync(cancellationToken); // the challenge as it is now: the resend wait has started
            }

            Method = only;
        }

        return shown;
    }

    public async Task<IActionResult> OnPostChooseAsync(MfaMethod method, CancellationToken cancellationToken)
    {
        if (method == MfaMethod.EmailCode)
            TempData[CodeNoticeKey] = NoticeOf(await sender.Send(new SendMfaCode(), cancellationToken));
        return RedirectToPage(new { method, returnUrl = ReturnUrl });
    }

    public async Task<IActionResult> OnPostResendAsync(CancellationToken cancellationToken)
    {
        var sent = await sender.Send(new SendMfaCode(), cancellationToken);
        var shown = await ShowAsync(cancellationToken);
        if (sent == MfaCodeSent.EarlierCodeValid && shown is PageResult)
            ModelState.AddModelError(string.Empty, text["Mfa.ResendTooSoon", Pending.ResendInSeconds]);
        CodeNotice = NoticeOf(sent);
        return shown;
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
                return SignedInRedirect.To(this, ReturnUrl);
            ModelState.AddModelError(nameof(Code), text["Mfa.WrongCode"]);
        }
        catch (ValidationException)
        {
            ModelState.AddModelError(nameof(Code), text["Mfa.CodeRequired"]);
        }

        return await ShowAsync(cancellationToken);
    }

    private static string NoticeOf(MfaCodeSent sent) => sent == MfaCodeSent.Sent ? "Mfa.EmailSent" : "Mfa.EarlierCodeValid";

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
