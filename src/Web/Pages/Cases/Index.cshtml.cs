using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Application.Cases.Queries.ListCases;
using Portal.Application.Common.Models;

namespace Portal.Web.Pages.Cases;

/// <summary>CASE-4 (guide 4.8): the case list with its quick views, sortable columns and paging, all kept in the URL.</summary>
[Authorize]
public sealed class IndexModel(ISender sender) : PageModel
{
    public const string Path = "/Cases";

    [BindProperty(SupportsGet = true)]
    public CaseView View { get; set; } = CaseView.All;

    [BindProperty(SupportsGet = true)]
    public CaseSortColumn Sort { get; set; } = CaseSortColumn.UpdatedAt;

    [BindProperty(SupportsGet = true, Name = "dir")]
    public SortDirection Direction { get; set; } = SortDirection.Descending;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Paged<CaseListItem> Rows { get; private set; } = new([], 0, 1, ListCases.DefaultSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            // An unknown view, column or page in a hand-edited URL: show the default list rather than an error.
            (View, Sort, Direction, PageNumber) = (CaseView.All, CaseSortColumn.UpdatedAt, SortDirection.Descending, 1);
        }

        Rows = await sender.Send(new ListCases(View, Sort, Direction, Math.Max(PageNumber, 1)), cancellationToken);
    }

    /// <summary>The list's address; a quick view starts at page 1 with the current sort.</summary>
    public string Link(CaseView? view = null, CaseSortColumn? sort = null, SortDirection? direction = null, int page = 1)
    {
        var query = new QueryBuilder();
        var v = view ?? View;
        var s = sort ?? Sort;
        var d = direction ?? Direction;
        if (v != CaseView.All)
            query.Add(nameof(View), v.ToString());
        if (s != CaseSortColumn.UpdatedAt || d != SortDirection.Descending)
        {
            query.Add(nameof(Sort), s.ToString());
            query.Add("dir", d.ToString());
        }

        if (page > 1)
            query.Add("p", page.ToString(CultureInfo.InvariantCulture));
        return Path + query.ToQueryString();
    }

    /// <summary>A header's link: the current column flips its direction, another starts ascending (the date newest first).</summary>
    public string SortLink(CaseSortColumn column)
    {
        var direction = column == Sort
            ? Direction == SortDirection.Ascending ? SortDirection.Descending : SortDirection.Ascending
            : column == CaseSortColumn.UpdatedAt ? SortDirection.Descending : SortDirection.Ascending;
        return Link(sort: column, direction: direction);
    }

    /// <summary>The aria-sort value of a header, or null where the list is not sorted by it.</summary>
    public string? AriaSort(CaseSortColumn column) =>
        column != Sort ? null : Direction == SortDirection.Ascending ? "ascending" : "descending";
}
