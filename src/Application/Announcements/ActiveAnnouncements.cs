using Mapster;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Domain.Knowledge;

namespace Portal.Application.Announcements;

/// <summary>ANN-1, ANN-2: the announcements inside their display window now, newest first, with the links the user may follow.</summary>
internal static class ActiveAnnouncements
{
    public static async Task<List<AnnouncementItem>> ListAsync(IApplicationDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // DisplayFrom inclusive, DisplayTo exclusive (Announcement.IsActiveAt), as SQL.
        var active = await db.Announcements.AsNoTracking()
            .Where(a => a.DisplayFrom <= now && now < a.DisplayTo)
            .OrderByDescending(a => a.DisplayFrom).ThenBy(a => a.Id)
            .ProjectToType<AnnouncementItem>()
            .ToListAsync(cancellationToken);
        var articleIds = active.Where(a => a.ArticleId is not null).Select(a => a.ArticleId!.Value).Distinct().ToList();
        // The "Service" filter leaves out the articles limited to services the user does not use (KB-3); a draft
        // or a retired article is no page to open.
        var numbers = await db.KnowledgeArticles.AsNoTracking()
            .Where(k => articleIds.Contains(k.Id) && k.Status == ArticleStatus.Published)
            .Select(k => new { k.Id, k.Number })
            .ToDictionaryAsync(k => k.Id, k => k.Number, cancellationToken);
        return [.. active.Select(a => a with { ArticleNumber = a.ArticleId is { } id ? numbers.GetValueOrDefault(id) : null })];
    }
}
