using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Concurrency;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Domain.Common;
using Portal.Domain.Knowledge;

namespace Portal.Application.Knowledge;

/// <summary>KB-4 / NFR-4: an article loaded for a change at the version the author's page showed, and saved expecting it.</summary>
internal static class ArticleChanges
{
    public static DomainRuleException ChangedMeanwhile() => Rule.Broken("Article.ChangedMeanwhile");

    public static async Task<KnowledgeArticle> LoadAsync(IApplicationDbContext db, string number, long version, CancellationToken cancellationToken)
    {
        if (!KnowledgeArticle.IsValidNumber(number))
            throw new NotFoundException();
        var article = await db.KnowledgeArticles.Include(a => a.Services).Include(a => a.Attachments)
            .SingleOrDefaultAsync(a => a.Number == number, cancellationToken) ?? throw new NotFoundException();
        db.ExpectVersion(article, version, ChangedMeanwhile);
        return article;
    }

    public static Task SaveAsync(IApplicationDbContext db, CancellationToken cancellationToken) =>
        db.SaveExpectingVersionAsync(ChangedMeanwhile, cancellationToken);
}
