using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Application.Admin.Commands.SetContactLogin;
using Portal.Application.Admin.Commands.UnlockContact;
using Portal.Application.Admin.Queries.GetContact;
using Portal.Domain.Common;
using Portal.Web.Hosting;
using Portal.Web.Resources;

namespace Portal.Web.Pages.Account.Users;

/// <summary>
/// ADM-3, ADM-4, AUTH-2 (guide 5.1.2–5.1.4): a contact of the admin's company: its fields with 保存 (Ctrl+S), and
/// the アクション menu (ログインを無効化 / ログインを有効化, ロック解除). Every form carries the version it showed (NFR-4).
/// </summary>
public sealed class DetailModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel
{
    public ContactDetail Contact { get; private set; } = null!;

    public ContactInput Input { get; private set; } = new();

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Contact = await sender.Send(new GetContact(id), cancellationToken);
        Input = ContactInput.Of(Contact);
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, long version, [Bind(Prefix = "Input")] ContactInput input, CancellationToken cancellationToken)
    {
        Input = input;
        try
        {
            await sender.Send(input.ToUpdate(id, version), cancellationToken);
            Done = "Users.Saved";
            return RedirectToPage(new { id });
        }
        catch (ValidationException ex)
        {
            ModelState.AddFailures(ex, nameof(Input));
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError(string.Empty, text[ex.Code]);
        }

        Contact = await sender.Send(new GetContact(id), cancellationToken); // the current state; the typed fields stay
        return Page();
    }

    public Task<IActionResult> OnPostLoginAsync(Guid id, long version, bool enabled, CancellationToken cancellationToken) =>
        ActAsync(id, new SetContactLogin(id, version, enabled), enabled ? "Users.Enabled" : "Users.DisabledDone", cancellationToken);

    public Task<IActionResult> OnPostUnlockAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, new UnlockContact(id, HttpContext.Connection.RemoteIpAddress?.ToString(), Request.Headers.UserAgent.ToString()),
            "Users.Unlocked", cancellationToken);

    private async Task<IActionResult> ActAsync<TResponse>(Guid id, ICommand<TResponse> command, string done, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(command, cancellationToken);
            Done = done;
            return RedirectToPage(new { id });
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError(string.Empty, text[ex.Code]);
        }

        await OnGetAsync(id, cancellationToken);
        return Page();
    }
}
