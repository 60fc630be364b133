using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Application.Admin.Commands.SetContactLogin;
using Portal.Application.Admin.Commands.SetStaffRole;
using Portal.Application.Admin.Commands.UnlockContact;
using Portal.Application.Admin.Queries.GetStaffMember;
using Portal.Domain.Common;
using Portal.Domain.Contacts;
using Portal.Web.Hosting;
using Portal.Web.Resources;

namespace Portal.Web.Pages.Provider.Agents;

/// <summary>
/// AGT-3: one member of the provider's staff: its role (SAC agent or provider admin), disabling and enabling its login
/// (which ends its sessions) and unlocking it. The last active provider admin cannot lose the role or the login.
/// </summary>
public sealed class DetailModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel
{
    public StaffMember Member { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Member = await sender.Send(new GetStaffMember(id), cancellationToken);

    public Task<IActionResult> OnPostRoleAsync(Guid id, long version, ContactRole role, CancellationToken cancellationToken) =>
        ActAsync(id, new SetStaffRole(id, version, role), "Agents.RoleSaved", cancellationToken);

    public Task<IActionResult> OnPostLoginAsync(Guid id, long version, bool enabled, CancellationToken cancellationToken) =>
        ActAsync(id, new SetContactLogin(id, version, enabled), enabled ? "Users.Enabled" : "Users.DisabledDone", cancellationToken);

    public Task<IActionResult> OnPostUnlockAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, new UnlockContact(id, HttpContext.Connection.RemoteIpAddress?.ToString(), Request.Headers.UserAgent.ToString()),
            "Users.Unlocked", cancellationToken);

    private async Task<IActionResult> ActAsync<TResponse>(Guid id, ICommand<TResponse> command, string done, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            await sender.Send(command, cancellationToken);
            TempData["Done"] = done;
            return RedirectToPage(new { id });
        }
        catch (ValidationException ex)
        {
            ModelState.AddFailures(ex);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError(string.Empty, text[ex.Code]);
        }

        await OnGetAsync(id, cancellationToken);
        return Page();
    }
}
