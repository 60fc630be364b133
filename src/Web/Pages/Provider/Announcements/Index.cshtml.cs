using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Application.Announcements.Queries.ListAnnouncementSchedule;
using Portal.Application.Common.Text;
using Portal.Domain.Announcements;

namespace Portal.Web.Pages.Provider.Announcements;

/// <summary>ANN-1, AGT-2: the staff's list of every announcement, upcoming, active and ended, each leading to its editor.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<ScheduledAnnouncement> Announcements { get; private set; } = [];

    /// <summary>The staff's (Application refuses anyone else).</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Announcements = await sender.Send(new ListAnnouncementSchedule(), cancellationToken);

    public static string Title(ScheduledAnnouncement announcement) => CurrentLanguage.Of(new(announcement.TitleJa, announcement.TitleEn));

    public static string BadgeClass(AnnouncementState state) => state switch
    {
        AnnouncementState.Active => "text-bg-success",
        AnnouncementState.Upcoming => "text-bg-primary",
        _ => "text-bg-secondary",
    };
}
