using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Application.Admin.Queries.GetCustomerAccount;
using Portal.Domain.Common;
using Portal.Web.Hosting;
using Portal.Web.Pages.Provider.Companies;
using Portal.Web.Resources;

namespace Portal.Web.Pages.Provider.Accounts;

/// <summary>
/// AGT-3, SVC-1: a customer number's contract as the provider changes it from the customer's application form. The form
/// carries the versions of the contract and of the account it showed (NFR-4); a stale save shows the current data and
/// keeps what was typed.
/// </summary>
public sealed class ContractModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel
{
    public CustomerAccountForm Account { get; private set; } = null!;

    public AccountInput Input { get; private set; } = new();

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Account = await sender.Send(new GetCustomerAccount(id), cancellationToken);
        Input = AccountInput.Of(Account);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, long version, long accountVersion, [Bind(Prefix = nameof(Input))] AccountInput input,
        CancellationToken cancellationToken)
    {
        ModelState.Clear(); // the use case's validator names every missing or malformed field, in the user's language
        try
        {
            await sender.Send(input.ToUpdate(id, version, accountVersion), cancellationToken);
            TempData["Done"] = "Contract.Saved";
            return Redirect($"/Provider/Companies/{(await sender.Send(new GetCustomerAccount(id), cancellationToken)).CompanyId}");
        }
        catch (ValidationException ex)
        {
            ModelState.AddFailures(ex, nameof(Input));
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError(string.Empty, text[ex.Code]);
        }

        Account = await sender.Send(new GetCustomerAccount(id), cancellationToken); // the current state; the typed fields stay
        Input = input;
        return Page();
    }
}
