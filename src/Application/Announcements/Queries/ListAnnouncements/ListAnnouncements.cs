using Mediator;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.Announcements.Queries.ListAnnouncements;

/// <summary>
/// ANN-1 (guide 4.12): the Announcements page: every announcement active now, newest first, with its window and its
/// article's link; a banner the user dismissed stays here (ANN-2).
/// </summary>
public sealed record ListAnnouncements : IQuery<IReadOnlyList<AnnouncementItem>>, IAllowed
{
    public Roles Allowed => AnnouncementActors.Readers;
}

public sealed class ListAnnouncementsHandler(IApplicationDbContext db, TimeProvider clock)
    : IQueryHandler<ListAnnouncements, IReadOnlyList<AnnouncementItem>>
{
    public async ValueTask<IReadOnlyList<AnnouncementItem>> Handle(ListAnnouncements query, CancellationToken cancellationToken) =>
        await ActiveAnnouncements.ListAsync(db, clock.GetUtcNow(), cancellationToken);
}
