using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.Announcements.Queries;

/// <summary>UI-1 / ANN-1: the announcements active now; the banner leaves out those the user dismissed (ANN-2).</summary>
public sealed record ListHomeAnnouncements : IQuery<HomeAnnouncements>, IAllowed
{
    public Roles Allowed => Roles.SignedIn;
}

public sealed record AnnouncementItem(Guid Id, string TitleJa, string TitleEn, DateTimeOffset DisplayFrom, DateTimeOffset DisplayTo, string? ArticleNumber);

public sealed record HomeAnnouncements(IReadOnlyList<AnnouncementItem> Banner, IReadOnlyList<AnnouncementItem> All);

public sealed class ListHomeAnnouncementsHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListHomeAnnouncements, HomeAnnouncements>
{
    public async ValueTask<HomeAnnouncements> Handle(ListHomeAnnouncements query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var active = await db.Announcements.AsNoTracking()
            .Where(a => a.DisplayFrom <= now && now < a.DisplayTo)
            .OrderByDescending(a => a.DisplayFrom)
            .Select(a => new
            {
                Item = new AnnouncementItem(a.Id, a.TitleJa, a.TitleEn, a.DisplayFrom, a.DisplayTo,
                    db.KnowledgeArticles.Where(k => k.Id == a.ArticleId).Select(k => k.Number).FirstOrDefault()),
                Dismissed = db.AnnouncementDismissals.Any(d => d.AnnouncementId == a.Id && d.ContactId == user.ContactId),
            })
            .ToListAsync(cancellationToken);
        return new HomeAnnouncements(active.Where(a => !a.Dismissed).Select(a => a.Item).ToList(), active.Select(a => a.Item).ToList());
    }
}
