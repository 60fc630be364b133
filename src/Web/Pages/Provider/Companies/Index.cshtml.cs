using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Portal.Application.Admin.Queries.ListCompanies;
using Portal.Application.Common.Models;

namespace Portal.Web.Pages.Provider.Companies;

/// <summary>AGT-3: the provider admin's list of customer companies, searched by name or customer number and paged in the URL.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public const string Path = "/Provider/Companies";

    public Paged<CompanyRow> Rows { get; private set; } = null!;

    public string? Query { get; private set; }

    public async Task OnGetAsync(string? q, int p = 1, CancellationToken cancellationToken = default)
    {
        Query = q?.Trim();
        Rows = await sender.Send(new ListCompanies(Query, p), cancellationToken);
    }

    public string Link(int page) => QueryHelpers.AddQueryString(Path, new Dictionary<string, string?>
    {
        ["q"] = string.IsNullOrEmpty(Query) ? null : Query,
        ["p"] = page <= 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });
}
