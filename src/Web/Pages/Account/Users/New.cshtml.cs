using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Application.Admin.Queries.GetContact;
using Portal.Application.Admin.Queries.GetContactForm;
using Portal.Domain.Common;
using Portal.Web.Hosting;
using Portal.Web.Resources;

namespace Portal.Web.Pages.Account.Users;

/// <summary>ADM-2 (guide 5.1.5): 連絡先作成; the user ID is suggested from the e-mail as the guide recommends.</summary>
public sealed class NewModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<AccountChoice> Accounts { get; private set; } = [];

    public ContactInput Input { get; private set; } = new();

    /// <summary>The company a provider admin creates the contact in (AGT-3); a customer admin's own company otherwise.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? CompanyId { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Accounts = await sender.Send(new GetContactForm(CompanyId), cancellationToken);
        if (Accounts.Count == 1)
            Input.AccountIds = [Accounts[0].Id];
    }

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = "Input")] ContactInput input, CancellationToken cancellationToken)
    {
        Input = input;
        try
        {
            var id = await sender.Send(input.ToCreate(CompanyId), cancellationToken);
            TempData["Done"] = "Users.Created";
            return Redirect($"/Account/Users/{id}");
        }
        catch (ValidationException ex)
        {
            ModelState.AddFailures(ex, nameof(Input));
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError(string.Empty, text[ex.Code]);
        }

        Accounts = await sender.Send(new GetContactForm(CompanyId), cancellationToken);
        return Page();
    }
}
