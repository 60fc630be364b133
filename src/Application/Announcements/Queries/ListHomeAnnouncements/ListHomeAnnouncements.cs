using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.Announcements.Queries.ListHomeAnnouncements;

/// <summary>UI-1 / ANN-1: the announcements active now; the banner leaves out those the user dismissed (ANN-2).</summary>
public sealed record ListHomeAnnouncements : IQuery<HomeAnnouncements>, IAllowed
{
    public Roles Allowed => AnnouncementActors.Readers;
}

public sealed record HomeAnnouncements(IReadOnlyList<AnnouncementItem> Banner, IReadOnlyList<AnnouncementItem> All);

public sealed class ListHomeAnnouncementsHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListHomeAnnouncements, HomeAnnouncements>
{
    public async ValueTask<HomeAnnouncements> Handle(ListHomeAnnouncements query, CancellationToken cancellationToken)
    {
        var all = await ActiveAnnouncements.ListAsync(db, clock.GetUtcNow(), cancellationToken);
        var ids = all.Select(a => a.Id).ToList();
        var dismissed = await db.AnnouncementDismissals
            .Where(d => d.ContactId == user.ContactId && ids.Contains(d.AnnouncementId))
            .Select(d => d.AnnouncementId)
            .ToListAsync(cancellationToken);
        return new HomeAnnouncements([.. all.Where(a => !dismissed.Contains(a.Id))], all);
    }
}
