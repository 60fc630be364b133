using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Application.Admin.Commands.OnboardCompany;
using Portal.Application.Admin.Queries.ListServices;
using Portal.Domain.Common;
using Portal.Web.Hosting;
using Portal.Web.Resources;

namespace Portal.Web.Pages.Provider.Companies;

/// <summary>
/// AGT-3 (開通): the company, its customer number(s) with their contracts and its first admin in one form; the admin
/// is sent the activation mail. More customer numbers are added and removed by posting the form (no script needed).
/// </summary>
public sealed class OnboardModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel
{
    public OnboardInput Input { get; private set; } = new();

    public IReadOnlyList<ServiceChoice> Services { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Services = await sender.Send(new ListServices(), cancellationToken);

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = "Input")] OnboardInput input, CancellationToken cancellationToken)
    {
        Input = input;
        ModelState.Clear(); // the use case's validator names every missing or malformed field, in the user's language
        try
        {
            var id = await sender.Send(input.ToCommand(), cancellationToken);
            TempData["Done"] = "Companies.Onboarded";
            return Redirect($"/Provider/Companies/{id}");
        }
        catch (ValidationException ex)
        {
            ModelState.AddFailures(ex, nameof(Input));
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError(string.Empty, text[ex.Code]);
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }

    public Task<PageResult> OnPostAddRowAsync([Bind(Prefix = "Input")] OnboardInput input, CancellationToken cancellationToken) =>
        RedisplayAsync(input, i => { if (i.Accounts.Count < OnboardCompany.AccountsMax) i.Accounts.Add(new AccountInput()); }, cancellationToken);

    public Task<PageResult> OnPostRemoveRowAsync([Bind(Prefix = "Input")] OnboardInput input, int row, CancellationToken cancellationToken) =>
        RedisplayAsync(input, i => { if (i.Accounts.Count > 1 && row >= 0 && row < i.Accounts.Count) i.Accounts.RemoveAt(row); }, cancellationToken);

    private async Task<PageResult> RedisplayAsync(OnboardInput input, Action<OnboardInput> change, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        change(input);
        Input = input;
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
