using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.Announcements.Queries.ListHomeAnnouncements;

/// <summary>UI-1 / ANN-1: the announcements active now; the banner leaves out those the user dismissed (ANN-2).</summary>
public sealed record ListHomeAnnouncements : IQuery<HomeAnnouncements>, IAllowed
{
    public Roles Allowed => Roles.SignedIn;
}

/// <summary>An announcement as the home page shows it; <see cref="ArticleNumber"/> links its knowledge article (ANN-2).</summary>
public sealed record AnnouncementItem
{
    public Guid Id { get; init; }

    public required string TitleJa { get; init; }

    public required string TitleEn { get; init; }

    public DateTimeOffset DisplayFrom { get; init; }

    public DateTimeOffset DisplayTo { get; init; }

    public Guid? ArticleId { get; init; }

    public string? ArticleNumber { get; init; }
}

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
            .ProjectToType<AnnouncementItem>()
            .ToListAsync(cancellationToken);
        var ids = active.Select(a => a.Id).ToList();
        var dismissed = await db.AnnouncementDismissals
            .Where(d => d.ContactId == user.ContactId && ids.Contains(d.AnnouncementId))
            .Select(d => d.AnnouncementId)
            .ToListAsync(cancellationToken);
        var articleIds = active.Where(a => a.ArticleId is not null).Select(a => a.ArticleId!.Value).ToList();
        var numbers = await db.KnowledgeArticles
            .Where(k => articleIds.Contains(k.Id))
            .Select(k => new { k.Id, k.Number })
            .ToDictionaryAsync(k => k.Id, k => k.Number, cancellationToken);
        List<AnnouncementItem> all = [.. active.Select(a => a with { ArticleNumber = a.ArticleId is { } id ? numbers.GetValueOrDefault(id) : null })];
        return new HomeAnnouncements([.. all.Where(a => !dismissed.Contains(a.Id))], all);
    }
}
