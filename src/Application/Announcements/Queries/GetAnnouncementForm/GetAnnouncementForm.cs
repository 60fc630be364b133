using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Application.Common.Time;
using Portal.Domain.Announcements;

namespace Portal.Application.Announcements.Queries.GetAnnouncementForm;

/// <summary>
/// ANN-1, AGT-2: the announcement form for the staff: an announcement to edit (<see cref="Id"/>) with the version its
/// save carries, or a new one (null) shown from the next full hour for a week. Times are the author's wall-clock times.
/// </summary>
public sealed record GetAnnouncementForm(Guid? Id = null) : IQuery<AnnouncementForm>, IAllowed
{
    public Roles Allowed => AnnouncementActors.Authors;
}

/// <param name="State">Where the window stands now; null for a new announcement.</param>
/// <param name="TimeZone">The author's time zone the times are in (UI-3).</param>
public sealed record AnnouncementForm(
    Guid? Id,
    long Version,
    string TitleJa,
    string TitleEn,
    DateTime DisplayFrom,
    DateTime DisplayTo,
    string? ArticleNumber,
    AnnouncementState? State,
    string TimeZone);

public sealed class GetAnnouncementFormHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetAnnouncementForm, AnnouncementForm>
{
    public async ValueTask<AnnouncementForm> Handle(GetAnnouncementForm query, CancellationToken cancellationToken)
    {
        var zone = await UserZone.OfAsync(db, user, cancellationToken);
        var now = clock.GetUtcNow();
        if (query.Id is not { } id)
        {
            var local = UserZone.ToLocal(now, zone);
            var nextHour = local.Date.AddHours(local.Hour + 1);
            return new AnnouncementForm(null, 0, "", "", nextHour, nextHour.AddDays(7), null, null, zone.Id);
        }

        var announcement = await db.Announcements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotFoundException();
        var number = announcement.ArticleId is { } articleId
            ? await db.KnowledgeArticles.Where(k => k.Id == articleId).Select(k => k.Number).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new AnnouncementForm(announcement.Id, announcement.Version, announcement.TitleJa, announcement.TitleEn,
            UserZone.ToLocal(announcement.DisplayFrom, zone), UserZone.ToLocal(announcement.DisplayTo, zone), number,
            announcement.StateAt(now), zone.Id);
    }
}
