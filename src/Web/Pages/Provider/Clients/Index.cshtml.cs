using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Application.Integrations.Clients;
using Portal.Application.Integrations.Commands.RotateApiClientSecret;
using Portal.Application.Integrations.Commands.SetApiClientEnabled;
using Portal.Application.Integrations.Queries.ListApiClients;

namespace Portal.Web.Pages.Provider.Clients;

/// <summary>
/// API-1, API-2: the provider admin's list of the OpenID Connect server's clients: disable / enable, and a new
/// secret shown once, in the answer to the rotation itself (never stored for a later page).
/// </summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<ApiClientRow> Clients { get; private set; } = [];

    /// <summary>The client whose secret was just rotated, and the secret: this response only.</summary>
    public string? RotatedClientId { get; private set; }

    public string? Secret { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Clients = await sender.Send(new ListApiClients(), cancellationToken);

    public async Task<IActionResult> OnPostRotateAsync(string? clientId, CancellationToken cancellationToken)
    {
        Secret = await sender.Send(new RotateApiClientSecret(clientId ?? string.Empty), cancellationToken);
        RotatedClientId = clientId;
        Clients = await sender.Send(new ListApiClients(), cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    /// <summary>The form says which state it asks for (the one the button showed), so a repeated post changes nothing.</summary>
    public async Task<IActionResult> OnPostEnabledAsync(string? clientId, bool enabled, CancellationToken cancellationToken)
    {
        await sender.Send(new SetApiClientEnabled(clientId ?? string.Empty, enabled), cancellationToken);
        TempData["Done"] = enabled ? "Clients.Enabled" : "Clients.Disabled";
        return RedirectToPage();
    }
}
