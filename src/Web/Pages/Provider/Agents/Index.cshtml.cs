using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Application.Admin.Queries.ListStaff;

namespace Portal.Web.Pages.Provider.Agents;

/// <summary>AGT-3: the provider's staff (SAC agents and provider admins), active ones first.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<StaffRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rows = await sender.Send(new ListStaff(), cancellationToken);
}
