using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Application.Cases.Queries.GetCase;
using Portal.Domain.Cases;

namespace Portal.Web.Pages.Cases;

/// <summary>CASE-7 (guide 4.8.1): a case with its status banner and activity stream; not visible means 404 (TEN-1).</summary>
[Authorize]
public sealed class DetailModel(ISender sender) : PageModel
{
    public CaseDetail Case { get; private set; } = null!;

    public async Task OnGetAsync(string number, CancellationToken cancellationToken) =>
        Case = await sender.Send(new GetCase(number), cancellationToken);

    /// <summary>The resource key of the status-dependent message (guide 4.8.1, 4.8.4).</summary>
    public string BannerKey => Case.Status switch
    {
        CaseStatus.AwaitingCustomer => "CaseDetail.Banner.AwaitingCustomer",
        CaseStatus.Resolved => "CaseDetail.Banner.Resolved",
        CaseStatus.Closed => "CaseDetail.Banner.Closed",
        _ => "CaseDetail.Banner.Open",
    };
}
