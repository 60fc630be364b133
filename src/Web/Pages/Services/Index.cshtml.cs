using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Application.Common.Models;
using Portal.Application.Services.Queries.ListContracts;

namespace Portal.Web.Pages.Services;

/// <summary>SVC-1 (guide 4.10): サービス設定情報, the contracts of the user's customer numbers, paged in the URL.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public const string Path = "/Services";

    public Paged<ContractRow> Rows { get; private set; } = null!;

    public async Task OnGetAsync(int p = 1, CancellationToken cancellationToken = default) =>
        Rows = await sender.Send(new ListContracts(p), cancellationToken);

    public static string Link(int page) => page <= 1 ? Path : $"{Path}?p={page.ToString(CultureInfo.InvariantCulture)}";
}
