using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Announcements;
using Portal.Domain.Knowledge;

namespace Portal.Application.Announcements.Queries.ListAnnouncementSchedule;

/// <summary>ANN-1, AGT-2: every announcement for the staff, upcoming, active and ended, newest window first, each with its state now.</summary>
public sealed record ListAnnouncementSchedule : IQuery<IReadOnlyList<ScheduledAnnouncement>>, IAllowed
{
    public Roles Allowed => AnnouncementActors.Authors;
}

/// <param name="ArticleStatus">Of the linked article: the link shows only while it is published (ANN-2).</param>
public sealed record ScheduledAnnouncement(
    Guid Id,
    string TitleJa,
    string TitleEn,
    DateTimeOffset DisplayFrom,
    DateTimeOffset DisplayTo,
    AnnouncementState State,
    string? ArticleNumber,
    ArticleStatus? ArticleStatus);

public sealed class ListAnnouncementScheduleHandler(IApplicationDbContext db, TimeProvider clock)
    : IQueryHandler<ListAnnouncementSchedule, IReadOnlyList<ScheduledAnnouncement>>
{
    public async ValueTask<IReadOnlyList<ScheduledAnnouncement>> Handle(ListAnnouncementSchedule query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var announcements = await db.Announcements.AsNoTracking()
            .OrderByDescending(a => a.DisplayFrom).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
        var articleIds = announcements.Where(a => a.ArticleId is not null).Select(a => a.ArticleId!.Value).Distinct().ToList();
        var articles = await db.KnowledgeArticles.AsNoTracking()
            .Where(k => articleIds.Contains(k.Id))
            .Select(k => new { k.Id, k.Number, k.Status })
            .ToDictionaryAsync(k => k.Id, cancellationToken);
        return [.. announcements.Select(a =>
        {
            var article = a.ArticleId is { } id ? articles.GetValueOrDefault(id) : null;
            return new ScheduledAnnouncement(a.Id, a.TitleJa, a.TitleEn, a.DisplayFrom, a.DisplayTo, a.StateAt(now), article?.Number, article?.Status);
        })];
    }
}
