using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Application.Integrations.Clients;
using Portal.Application.Integrations.Commands.CreateApiClient;
using Portal.Application.Integrations.Queries.ListApiClients;
using Portal.Web.Hosting;

namespace Portal.Web.Pages.Provider.Clients;

/// <summary>API-1, API-2: a provider admin registers a machine client or a sibling portal; the secret is shown once, in this answer.</summary>
public sealed class NewModel(ISender sender) : PageModel
{
    [BindProperty]
    public ClientInput Input { get; set; } = new();

    /// <summary>Set once the client exists: its id and secret, shown in this response only.</summary>
    public CreatedApiClient? Created { get; private set; }

    /// <summary>The form opens only to whom the client list is open (provider admins); the refusal comes from Application.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await sender.Send(new ListApiClients(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear(); // the use case's validator names every missing or malformed field, in the user's language
        try
        {
            Created = await sender.Send(new CreateApiClient(Input.ClientId ?? string.Empty, Input.DisplayName ?? string.Empty, Input.Kind,
                Input.RedirectUris, Input.PostLogoutRedirectUris), cancellationToken);
            Response.Headers.CacheControl = "no-store";
        }
        catch (ValidationException ex)
        {
            ModelState.AddFailures(ex, nameof(Input));
        }

        return Page();
    }
}

/// <summary>What the form showed and sends back.</summary>
public sealed class ClientInput
{
    public string? ClientId { get; set; }

    public string? DisplayName { get; set; }

    public ApiClientKind Kind { get; set; }

    /// <summary>One URI a line.</summary>
    public string? RedirectUris { get; set; }

    public string? PostLogoutRedirectUris { get; set; }
}
