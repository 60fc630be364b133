using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using Portal.Application.Account.Commands.BeginPasskeyRegistration;
using Portal.Application.Account.Commands.BeginPasskeySignIn;
using Portal.Application.Account.Commands.BeginTotpSetup;
using Portal.Application.Account.Commands.ConfirmTotp;
using Portal.Application.Account.Commands.DisableTotp;
using Portal.Application.Account.Commands.EndOtherSessions;
using Portal.Application.Account.Commands.EndSession;
using Portal.Application.Account.Commands.ForgetBrowser;
using Portal.Application.Account.Commands.PasskeySignIn;
using Portal.Application.Account.Commands.RegisterPasskey;
using Portal.Application.Account.Commands.RemovePasskey;
using Portal.Application.Account.Commands.RenamePasskey;
using Portal.Application.Account.Commands.SetEmailMfa;
using Portal.Application.Account.Commands.UpdateProfile;
using Portal.Application.Account.Queries.GetProfile;
using Portal.Application.Common.Interfaces;
using Portal.Domain.Common;
using Portal.Web.Hosting;
using Portal.Web.Resources;

namespace Portal.Web.Pages.Account;

/// <summary>PROF-1 (guide 4.13): the user's profile, MFA setup (AUTH-5), remembered browsers and active sessions (AUTH-6).</summary>
public sealed class ProfileModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel
{
    public ProfileView Profile { get; private set; } = null!;

    public UpdateProfile Input { get; private set; } = null!;

    /// <summary>A new authenticator secret being set up (shown once, right after it was made).</summary>
    public TotpSetup? Setup { get; private set; }

    public string? SetupQr => Setup is null ? null : QrCode.PngDataUri(Setup.OtpAuthUri.ToString());

    [TempData]
    public string? Saved { get; set; }

    public static IEnumerable<SelectListItem> TimeZones(string selected) =>
        TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId || z.Id.Contains('/', StringComparison.Ordinal))
            .OrderBy(z => z.BaseUtcOffset).ThenBy(z => z.Id, StringComparer.Ordinal)
            .Select(z => new SelectListItem($"(UTC{(z.BaseUtcOffset < TimeSpan.Zero ? "-" : "+")}{z.BaseUtcOffset:hh\\:mm}) {z.Id}", z.Id, z.Id == selected));

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(keepInput: false, cancellationToken);

    public async Task<IActionResult> OnPostProfileAsync(UpdateProfile input, CancellationToken cancellationToken)
    {
        Input = input;
        try
        {
            await sender.Send(input, cancellationToken);
            Saved = "Profile.Saved";
            return RedirectToPage();
        }
        catch (ValidationException ex)
        {
            ModelState.AddFailures(ex, nameof(Input));
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError(string.Empty, text[ex.Code]);
        }

        await LoadAsync(keepInput: true, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostEmailMfaAsync(bool enabled, CancellationToken cancellationToken) =>
        SendAndReturnAsync(new SetEmailMfa(enabled), enabled ? "Profile.EmailMfaOn" : "Profile.EmailMfaOff", cancellationToken);

    public async Task<IActionResult> OnPostTotpBeginAsync(CancellationToken cancellationToken)
    {
        Setup = await sender.Send(new BeginTotpSetup(), cancellationToken);
        await LoadAsync(keepInput: false, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostTotpConfirmAsync(string? code, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new ConfirmTotp(code ?? string.Empty), cancellationToken);
            Saved = "Profile.TotpOn";
            return RedirectToPage();
        }
        catch (Exception ex) when (ex is ValidationException or DomainRuleException)
        {
            // The secret is kept: show it again with the error, so the user can retry without rescanning.
            ModelState.AddModelError("code", text["Mfa.WrongCode"]);
        }

        await LoadAsync(keepInput: false, cancellationToken);
        Setup = Profile.Security.PendingTotp;
        return Page();
    }

    public Task<IActionResult> OnPostTotpDisableAsync(CancellationToken cancellationToken) =>
        SendAndReturnAsync(new DisableTotp(), "Profile.TotpOff", cancellationToken);

    /// <summary>AUTH-9: WebAuthn creation options, fetched by passkeys.js before the browser makes the key.</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync(CancellationToken cancellationToken) =>
        Content(await sender.Send(new BeginPasskeyRegistration(), cancellationToken), "application/json");

    public async Task<IActionResult> OnPostPasskeyRegisterAsync(string? credential, string? name, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new RegisterPasskey(credential ?? string.Empty, name ?? string.Empty), cancellationToken);
            Saved = "Profile.PasskeyAdded";
            return RedirectToPage();
        }
        catch (ValidationException ex)
        {
            ModelState.AddFailures(ex, "Passkey");
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError("Passkey.Name", text[ex.Code]);
        }

        await LoadAsync(keepInput: false, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostPasskeyRenameAsync(string id, string? name, CancellationToken cancellationToken) =>
        SendAndReturnAsync(new RenamePasskey(id, name ?? string.Empty), "Profile.PasskeyRenamed", cancellationToken);

    public Task<IActionResult> OnPostPasskeyRemoveAsync(string id, CancellationToken cancellationToken) =>
        SendAndReturnAsync(new RemovePasskey(id), "Profile.PasskeyRemoved", cancellationToken);

    public Task<IActionResult> OnPostForgetBrowserAsync(Guid id, CancellationToken cancellationToken) =>
        SendAndReturnAsync(new ForgetBrowser(id), "Profile.BrowserForgotten", cancellationToken);

    /// <summary>AUTH-6: another of the user's sessions; someone else's id is a 404.</summary>
    public Task<IActionResult> OnPostEndSessionAsync(Guid id, CancellationToken cancellationToken) =>
        SendAndReturnAsync(new EndSession(id, ClientAddress, UserAgent), "Profile.SessionEnded", cancellationToken);

    public Task<IActionResult> OnPostEndOtherSessionsAsync(CancellationToken cancellationToken) =>
        SendAndReturnAsync(new EndOtherSessions(ClientAddress, UserAgent), "Profile.OtherSessionsEnded", cancellationToken);

    private string? ClientAddress => HttpContext.Connection.RemoteIpAddress?.ToString();

    private string UserAgent => Request.Headers.UserAgent.ToString();

    private async Task<IActionResult> SendAndReturnAsync(ICommand command, string message, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(command, cancellationToken);
            Saved = message;
            return RedirectToPage();
        }
        catch (ValidationException ex)
        {
            foreach (var failure in ex.Errors)
                ModelState.AddModelError(string.Empty, failure.ErrorMessage);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError(string.Empty, text[ex.Code]);
        }

        await LoadAsync(keepInput: false, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(bool keepInput, CancellationToken cancellationToken)
    {
        Profile = await sender.Send(new GetProfile(), cancellationToken);
        if (!keepInput)
        {
            Input = new UpdateProfile(Profile.FirstName, Profile.LastName, Profile.Email, Profile.Title, Profile.PhoneBusiness,
                Profile.PhoneMobile, Profile.Language, Profile.TimeZone, Profile.AccessibilityEnabled);
        }
    }
}
