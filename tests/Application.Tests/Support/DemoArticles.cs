using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.Knowledge;

namespace Portal.Application.Tests.Support;

/// <summary>Finding, adding and changing knowledge articles the way the authoring use cases will: in a system scope, one save.</summary>
internal static class DemoArticles
{
    public static Task<Guid> IdOfAsync(PortalApp app, string title) =>
        app.InScopeAsync(sp => sp.Db().KnowledgeArticles.Where(a => a.Title == title).Select(a => a.Id).SingleAsync());

    /// <summary>A Japanese article of the first knowledge base by the demo agent, a draft unless <paramref name="publish"/>.</summary>
    public static Task<Guid> AddAsync(PortalApp app, string number, string title, bool publish, string bodyHtml = "<p>手順を説明します。</p>") =>
        app.InScopeAsync(async sp =>
        {
            var db = sp.Db();
            var knowledgeBase = await db.KnowledgeBases.Include(b => b.Categories).FirstAsync();
            var author = await db.Contacts.Where(c => c.UserId == Demo.Agent).Select(c => c.Id).SingleAsync();
            var article = KnowledgeArticle.Draft(number, knowledgeBase, null, Language.Japanese, title, bodyHtml, author, "Agent", app.Clock.GetUtcNow());
            if (publish)
                article.Publish(app.Clock.GetUtcNow());
            db.KnowledgeArticles.Add(article);
            await db.SaveChangesAsync();
            return article.Id;
        });

    /// <summary>Changes the article (its services loaded) a minute later than the last change, and saves it.</summary>
    public static Task ChangeAsync(PortalApp app, Guid id, Action<KnowledgeArticle, DateTimeOffset> change) =>
        app.InScopeAsync(async sp =>
        {
            var db = sp.Db();
            var article = await db.KnowledgeArticles.Include(a => a.Services).SingleAsync(a => a.Id == id);
            app.Clock.Advance(TimeSpan.FromMinutes(1));
            change(article, app.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });

    /// <summary>A service no demo customer number has a contract for.</summary>
    public static Task<Guid> OtherServiceAsync(PortalApp app) =>
        app.InScopeAsync(async sp =>
        {
            var service = Portal.Domain.Companies.Service.Create("EDR", "エンドポイント監視サービス", "Endpoint monitoring service");
            sp.Db().Services.Add(service);
            await sp.Db().SaveChangesAsync();
            return service.Id;
        });
}
