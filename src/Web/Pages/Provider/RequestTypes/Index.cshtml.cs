using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Application.WorkRequests.Queries.ListRequestTypes;

namespace Portal.Web.Pages.Provider.RequestTypes;

/// <summary>WR-1: the provider admin's catalog of request types, retired ones included, each leading to its editor.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<RequestTypeRow> Types { get; private set; } = [];

    /// <summary>The whole catalog is the provider admins' (Application refuses anyone else).</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Types = await sender.Send(new ListRequestTypes(IncludeRetired: true), cancellationToken);
}
