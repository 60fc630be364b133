using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Application.Admin.Commands.AddCustomerAccount;
using Portal.Application.Admin.Commands.RenameCompany;
using Portal.Application.Admin.Queries.GetCompany;
using Portal.Application.Admin.Queries.ListServices;
using Portal.Domain.Common;
using Portal.Web.Hosting;
using Portal.Web.Resources;

namespace Portal.Web.Pages.Provider.Companies;

/// <summary>
/// AGT-3: one customer company for the provider admin: its customer numbers with their contracts (each changed on its
/// own page), renaming (with the version shown, NFR-4), one more customer number, and the way to its users.
/// </summary>
public sealed class DetailModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel
{
    public CompanyDetail Company { get; private set; } = null!;

    public IReadOnlyList<ServiceChoice> Services { get; private set; } = [];

    public CompanyNames Rename { get; private set; } = new();

    public AccountInput Account { get; private set; } = new();

    /// <summary>Which of the two forms was refused, so that it is shown open with its errors.</summary>
    public string? OpenForm { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Company = await sender.Send(new GetCompany(id), cancellationToken);
        Services = await sender.Send(new ListServices(), cancellationToken);
        if (OpenForm != nameof(Rename))
            Rename = new CompanyNames { Name = Company.Name, NameKana = Company.NameKana };
    }

    public Task<IActionResult> OnPostRenameAsync(Guid id, long version, [Bind(Prefix = nameof(Rename))] CompanyNames rename,
        CancellationToken cancellationToken)
    {
        Rename = rename;
        return TryAsync(id, nameof(Rename), new RenameCompany(id, version, rename.Name ?? string.Empty, rename.NameKana), "Companies.Renamed",
            cancellationToken);
    }

    public Task<IActionResult> OnPostAddAccountAsync(Guid id, [Bind(Prefix = nameof(Account))] AccountInput account, CancellationToken cancellationToken)
    {
        Account = account;
        return TryAsync(id, nameof(Account), new AddCustomerAccount(id, account.ToNew()), "Companies.AccountAdded", cancellationToken);
    }

    private async Task<IActionResult> TryAsync<TResponse>(Guid id, string form, ICommand<TResponse> command, string done,
        CancellationToken cancellationToken)
    {
        ModelState.Clear(); // the use case's validator names every missing or malformed field, in the user's language
        try
        {
            await sender.Send(command, cancellationToken);
            TempData["Done"] = done;
            return RedirectToPage(new { id });
        }
        catch (ValidationException ex)
        {
            ModelState.AddFailures(ex, form == nameof(Rename) ? form : null);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError(string.Empty, text[ex.Code]);
        }

        OpenForm = form;
        await OnGetAsync(id, cancellationToken);
        return Page();
    }
}

/// <summary>The rename form: the company's name and its reading.</summary>
public sealed class CompanyNames
{
    public string? Name { get; set; }

    public string? NameKana { get; set; }
}
