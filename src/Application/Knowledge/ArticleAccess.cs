using Portal.Application.Common.Interfaces;
using Portal.Domain.Knowledge;

namespace Portal.Application.Knowledge;

/// <summary>KB-3 / KB-4: the articles a user may open: staff every one, customers the published ones the "Service" filter lets through.</summary>
internal static class ArticleAccess
{
    public static IQueryable<KnowledgeArticle> Readable(IApplicationDbContext db, ICurrentUser user) =>
        KnowledgeActors.IsAuthor(user) ? db.KnowledgeArticles : db.KnowledgeArticles.Where(a => a.Status == ArticleStatus.Published);
}
