using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Application.Admin.Queries.ListContacts;
using Portal.Application.Common.Models;

namespace Portal.Web.Pages.Account.Users;

/// <summary>ADM-1 (guide 5.1.1): 連絡先一覧 of the admin's company, searched, sorted and paged in the URL.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public const string Path = "/Account/Users";

    public Paged<ContactRow> Rows { get; private set; } = null!;

    public string? Query { get; private set; }

    public ContactSort Sort { get; private set; }

    public bool Descending { get; private set; }

    /// <summary>A provider admin's choice of one customer company (AGT-3); customer admins see their own company anyway.</summary>
    public Guid? CompanyId { get; private set; }

    public async Task OnGetAsync(string? q, ContactSort sort = ContactSort.Name, bool desc = false, int p = 1, Guid? companyId = null,
        CancellationToken cancellationToken = default)
    {
        CompanyId = companyId;
        Query = q?.Trim();
        Sort = Enum.IsDefined(sort) ? sort : ContactSort.Name;
        Descending = desc;
        Rows = await sender.Send(new ListContacts(Query, Sort, Descending, p, CompanyId), cancellationToken);
    }

    public string Link(int? page = null, ContactSort? sort = null, bool? desc = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["companyId"] = CompanyId?.ToString(),
            ["q"] = string.IsNullOrEmpty(Query) ? null : Query,
            ["sort"] = (sort ?? Sort) == ContactSort.Name ? null : (sort ?? Sort).ToString(),
            ["desc"] = (desc ?? Descending) ? "true" : null,
            ["p"] = (page ?? Rows.Page) <= 1 ? null : (page ?? Rows.Page).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Path, query);
    }

    /// <summary>A column heading's link: the same column again turns the order round.</summary>
    public string SortLink(ContactSort column) => Link(page: 1, sort: column, desc: column == Sort && !Descending);

    public string? AriaSort(ContactSort column) => column != Sort ? null : Descending ? "descending" : "ascending";
}
