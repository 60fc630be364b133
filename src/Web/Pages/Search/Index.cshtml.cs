using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Application.Cases.Queries.GetCase;
using Portal.Application.Cases.Queries.ListCases;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Cases;

namespace Portal.Web.Pages.Search;

/// <summary>
/// UI-4 (guide 4.8.6): the header's search box. A case number the user may see opens that case; other text
/// lists the cases whose subject, description or public comments contain it (CASE-5 keyword).
/// </summary>
[Authorize]
public sealed class IndexModel(ISender sender) : PageModel
{
    public string? Query { get; private set; }

    public bool CaseNotFound { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        Query = q?.Trim();
        if (string.IsNullOrEmpty(Query))
            return Page();
        var number = Query.ToUpperInvariant();
        if (Case.IsValidNumber(number))
        {
            try
            {
                await sender.Send(new GetCase(number), cancellationToken);
                return Redirect($"/Cases/{number}");
            }
            catch (NotFoundException)
            {
                // Unknown and not visible look the same (TEN-1).
                CaseNotFound = true;
                return Page();
            }
        }

        var filter = CaseFilterSyntax.Format(new CaseFilter([[new FilterCondition(CaseField.Keyword, FilterOperator.Contains, [Query])]]));
        return Redirect(Pages.Cases.IndexModel.Path + "?f=" + Uri.EscapeDataString(filter));
    }
}
