using Microsoft.EntityFrameworkCore;
using Portal.Application.Announcements.Commands.CreateAnnouncement;
using Portal.Application.Announcements.Queries.ListAnnouncements;
using Portal.Application.Announcements.Queries.ListAnnouncementSchedule;
using Portal.Application.Announcements.Queries.ListHomeAnnouncements;
using Portal.Application.Tests.Support;
using Portal.Domain.Common;
using Portal.Domain.Knowledge;

namespace Portal.Application.Tests.Announcements;

/// <summary>ANN-1, ANN-2: an announcement written by the agent, and what a user sees of the announcements.</summary>
internal static class Announcements
{
    public const string TitleJa = "臨時メンテナンスのお知らせ";
    public const string TitleEn = "Unscheduled maintenance";

    /// <summary>The seeded published article the sensor announcement links (KB-4).</summary>
    public const string ReleaseArticle = "Falcon Mobile センサー新バージョン提供開始のお知らせ";

    /// <summary>10:00 in Tokyo, the agent's time zone, on the test day: an hour after <see cref="PortalApp.Start"/> (09:00 there).</summary>
    public static readonly DateTime From = new(2026, 11, 24, 10, 0, 0, DateTimeKind.Unspecified);

    /// <summary>12:00 in Tokyo: three hours after <see cref="PortalApp.Start"/>.</summary>
    public static readonly DateTime To = new(2026, 11, 24, 12, 0, 0, DateTimeKind.Unspecified);

    public static CreateAnnouncement New(string? articleNumber = null) => new(TitleJa, TitleEn, From, To, articleNumber);

    /// <summary>The agent writes <paramref name="command"/>; later calls act as the agent.</summary>
    public static async Task<Guid> CreateAsync(PortalApp app, CreateAnnouncement command)
    {
        await app.SignedInAs(Demo.Agent);
        return await app.Send(command);
    }

    /// <summary>What <paramref name="userId"/> sees: the English titles of the banner, the home list and the Announcements page.</summary>
    public static async Task<Seen> SeenByAsync(PortalApp app, string userId)
    {
        await app.SignedInAs(userId);
        var home = await app.Send(new ListHomeAnnouncements());
        var list = await app.Send(new ListAnnouncements());
        return new Seen([.. home.Banner.Select(a => a.TitleEn)], [.. home.All.Select(a => a.TitleEn)], [.. list.Select(a => a.TitleEn)]);
    }

    /// <summary>The staff's row of the announcement <paramref name="id"/> (as the agent).</summary>
    public static async Task<ScheduledAnnouncement> ScheduledAsync(PortalApp app, Guid id)
    {
        await app.SignedInAs(Demo.Agent);
        return (await app.Send(new ListAnnouncementSchedule())).Single(a => a.Id == id);
    }

    public static Task<string> ArticleNumberAsync(PortalApp app, string title) =>
        app.InScopeAsync(sp => sp.Db().KnowledgeArticles.Where(k => k.Title == title).Select(k => k.Number).SingleAsync());

    /// <summary>An article written by the agent in the first knowledge base, changed by <paramref name="change"/> (published, limited …).</summary>
    public static Task AddArticleAsync(PortalApp app, string number, Action<KnowledgeArticle, DateTimeOffset>? change = null) => app.InScopeAsync(async sp =>
    {
        var db = sp.Db();
        var now = app.Clock.GetUtcNow();
        var agent = await db.Contacts.Where(c => c.UserId == Demo.Agent).Select(c => c.Id).SingleAsync();
        var knowledgeBase = await db.KnowledgeBases.OrderBy(b => b.SortOrder).FirstAsync();
        var article = KnowledgeArticle.Draft(number, knowledgeBase, null, Language.Japanese, "臨時メンテナンスの詳細", "<p>詳細です。</p>", agent, "高橋 健", now);
        change?.Invoke(article, now);
        db.KnowledgeArticles.Add(article);
        await db.SaveChangesAsync();
    });

    public static Task<int> DismissalsAsync(PortalApp app, Guid announcementId) =>
        app.InScopeAsync(sp => sp.Db().AnnouncementDismissals.CountAsync(d => d.AnnouncementId == announcementId));
}

/// <summary>The English titles a user sees in the home banner, the home page's list and the Announcements page.</summary>
internal sealed record Seen(IReadOnlyList<string> Banner, IReadOnlyList<string> HomeList, IReadOnlyList<string> ListPage)
{
    public bool Shows(string title) => Banner.Contains(title) || HomeList.Contains(title) || ListPage.Contains(title);
}
