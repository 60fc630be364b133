using Mediator;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Cases.Queries.GetHomeChart;
using Portal.Web.Pages.Cases;

namespace Portal.Web.Pages;

/// <summary>
/// UI-1: the home page's chart card (Shared/Components/HomeChart), for customers: their open cases by status
/// and their alerts per week. Staff have their queue tiles instead (AGT-1) and get no card.
/// </summary>
public sealed class HomeChartViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (AgentMenu.IsFor(UserClaimsPrincipal))
            return Content(string.Empty);
        return View(await sender.Send(new GetHomeChart(), HttpContext.RequestAborted));
    }
}
