using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Application.Announcements;
using Portal.Application.Announcements.Queries.ListAnnouncements;

namespace Portal.Web.Pages.Announcements;

/// <summary>ANN-1 (guide 4.12): the Announcements list: every active announcement, newest first, a dismissed banner too (ANN-2).</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<AnnouncementItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await sender.Send(new ListAnnouncements(), cancellationToken);
}
