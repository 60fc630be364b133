using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Portal.Application.Announcements;
using Portal.Application.Announcements.Commands.DismissAnnouncement;
using Portal.Application.Announcements.Queries.ListHomeAnnouncements;
using Portal.Application.Common.Text;
using Portal.Web.Hosting;
namespace Portal.Web.Pages;

/// <summary>UI-1 home: announcement banner (its × dismisses it for good, ANN-2) and list, six tiles, sibling portals.</summary>
public sealed class IndexModel(ISender sender, IOptions<PortalLinksOptions> links) : PageModel
{
    public HomeAnnouncements Announcements { get; private set; } = new([], []);

    public IReadOnlyList<PortalLink> SiblingPortals => [.. links.Value.SiblingPortals];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Announcements = await sender.Send(new ListHomeAnnouncements(), cancellationToken);

    /// <summary>ANN-2: the banner's ×; back to the home page without it (Post/Redirect/Get).</summary>
    public async Task<IActionResult> OnPostDismissAsync(Guid id, CancellationToken cancellationToken)
    {
        await sender.Send(new DismissAnnouncement(id), cancellationToken);
        return RedirectToPage();
    }

    public static string Title(AnnouncementItem item) => CurrentLanguage.Of(new(item.TitleJa, item.TitleEn));

    public static string Name(PortalLink link) => CurrentLanguage.Of(new(link.NameJa, link.NameEn));
}
