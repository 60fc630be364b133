using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Application.Admin.Commands.CreateAgent;
using Portal.Application.Admin.Queries.ListStaff;
using Portal.Domain.Common;
using Portal.Web.Hosting;
using Portal.Web.Pages.Account.Users;
using Portal.Web.Resources;

namespace Portal.Web.Pages.Provider.Agents;

/// <summary>AGT-3: a provider admin adds an agent or another provider admin, who gets the activation mail (AUTH-4).</summary>
public sealed class NewModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel
{
    public ContactInput Input { get; private set; } = new();

    public bool IsProviderAdmin { get; private set; }

    /// <summary>The form opens only to whom the staff list is open (provider admins); the refusal comes from Application.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await sender.Send(new ListStaff(), cancellationToken);

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = nameof(Input))] ContactInput input, bool isProviderAdmin,
        CancellationToken cancellationToken)
    {
        Input = input;
        IsProviderAdmin = isProviderAdmin;
        ModelState.Clear(); // the use case's validator names every missing or malformed field, in the user's language
        try
        {
            var id = await sender.Send(new CreateAgent(input.FirstName, input.LastName, input.Title, input.Email, input.PhoneBusiness,
                input.PhoneMobile, input.Language, input.TimeZone, input.UserId, isProviderAdmin), cancellationToken);
            TempData["Done"] = "Agents.Created";
            return Redirect($"/Provider/Agents/{id}");
        }
        catch (ValidationException ex)
        {
            ModelState.AddFailures(ex, nameof(Input));
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError(string.Empty, text[ex.Code]);
        }

        return Page();
    }
}
