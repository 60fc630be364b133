using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Application.Cases.Queries.GetCase;
using Portal.Application.Cases.Queries.ListCases;
using Portal.Application.Common.Exceptions;
using Portal.Application.Search.Queries.SearchPortal;
using Portal.Domain.Cases;
using ValidationException = FluentValidation.ValidationException;

namespace Portal.Web.Pages.Search;

/// <summary>
/// UI-4 (guide 4.8.6): the header's search box. A case number the user may see opens that case; other text
/// shows 「すべて結果」: the first cases it finds (CASE-5 keyword, with a link to all of them in the case list)
/// and the knowledge articles the user may read (KB-2).
/// </summary>
[Authorize]
public sealed class IndexModel(ISender sender) : PageModel
{
    public string? Query { get; private set; }

    public bool CaseNotFound { get; private set; }

    public SearchResults? Results { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The case list filtered by the same keyword.</summary>
    public string AllCasesLink => Pages.Cases.IndexModel.Path + "?f=" + Uri.EscapeDataString(
        CaseFilterSyntax.Format(new CaseFilter([[new FilterCondition(CaseField.Keyword, FilterOperator.Contains, [Query!])]])));

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

        try
        {
            Results = await sender.Send(new SearchPortal(Query), cancellationToken);
        }
        catch (ValidationException ex)
        {
            Error = ex.Errors.First().ErrorMessage;
        }

        return Page();
    }
}
