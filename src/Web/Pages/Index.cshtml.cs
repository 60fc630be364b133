using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Portal.Application.Announcements.Queries;
using Portal.Web.Infrastructure;

namespace Portal.Web.Pages;

/// <summary>UI-1 home: announcement banner and list, six tiles, sibling portals.</summary>
public sealed class IndexModel(ISender sender, IOptions<PortalLinksOptions> links) : PageModel
{
    public HomeAnnouncements Announcements { get; private set; } = new([], []);

    public IReadOnlyList<PortalLink> SiblingPortals => [.. links.Value.SiblingPortals];

    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Announcements = await sender.Send(new ListHomeAnnouncements(), cancellationToken);

    public static string Title(AnnouncementItem item) => English ? item.TitleEn : item.TitleJa;

    public static string Name(PortalLink link) => English ? link.NameEn : link.NameJa;
}
