using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Models;
using Portal.Application.Common.Search;
using Portal.Application.Common.Security;
using Portal.Application.Common.Text;
using Portal.Domain.Common;
using Portal.Domain.Knowledge;

namespace Portal.Application.Knowledge.Queries.BrowseKnowledge;

/// <summary>
/// KB-1 / KB-2 (guide 4.9): the knowledge page. The bases with their article counts and categories, and one page
/// of articles narrowed by base, category, language and a keyword of at least 3 characters (found by the search
/// index in the title and body, within what the user may read). Customers see published articles of every service
/// or of their own (KB-3); staff see every article and may narrow by state (KB-4).
/// </summary>
public sealed record BrowseKnowledge(
    string? Keyword = null,
    Guid? KnowledgeBaseId = null,
    Guid? CategoryId = null,
    Language? Language = null,
    ArticleStatus? Status = null,
    int Page = 1,
    int Size = BrowseKnowledge.DefaultSize) : IQuery<KnowledgeListing>, IAllowed
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    /// <summary>KB-2: the shortest keyword (characters other than spaces).</summary>
    public const int KeywordMin = 3;

    public Roles Allowed => KnowledgeActors.Readers;
}

public sealed record KnowledgeListing(IReadOnlyList<KnowledgeBaseItem> Bases, int ArticleCount, Paged<ArticleSummary> Articles);

public sealed record KnowledgeBaseItem(Guid Id, BilingualText Name, int ArticleCount, IReadOnlyList<KnowledgeCategoryItem> Categories);

public sealed record KnowledgeCategoryItem(Guid Id, BilingualText Name, int ArticleCount);

public sealed class BrowseKnowledgeValidator : AbstractValidator<BrowseKnowledge>
{
    public BrowseKnowledgeValidator()
    {
        RuleFor(x => x.Keyword).MaximumLength(SearchText.KeywordMax)
            .Must(k => k!.Count(c => !char.IsWhiteSpace(c)) >= BrowseKnowledge.KeywordMin && SearchText.Terms(k) is { Count: > 0 })
            .When(x => !string.IsNullOrWhiteSpace(x.Keyword))
            .WithErrorCode("Knowledge.KeywordTooShort").WithMessage(_ => ListText.Get("Knowledge.KeywordTooShort", BrowseKnowledge.KeywordMin));
        RuleFor(x => x.Language).IsInEnum();
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.Size).InclusiveBetween(1, BrowseKnowledge.MaxSize);
        RuleFor(x => x.Page).Must((q, p) => ((long)p - 1) * q.Size < SearchLimits.CountLimit)
            .When(q => q.Page >= 1 && q.Size >= 1)
            .WithErrorCode("Paging.BeyondLimit").WithMessage(_ => ListText.Get("Paging.BeyondLimit", SearchLimits.CountLimit));
    }
}

public sealed class BrowseKnowledgeHandler(IApplicationDbContext db, ICurrentUser user, ISearchIndex index)
    : IQueryHandler<BrowseKnowledge, KnowledgeListing>
{
    public async ValueTask<KnowledgeListing> Handle(BrowseKnowledge query, CancellationToken cancellationToken)
    {
        var author = KnowledgeActors.IsAuthor(user);
        // KB-3 / KB-4: customers read published articles only, whatever they ask for.
        var status = author ? query.Status : ArticleStatus.Published;
        var language = query.Language ?? CurrentLanguage.Value;
        var readable = db.KnowledgeArticles.AsNoTracking();
        if (status is { } only)
            readable = readable.Where(a => a.Status == only);

        var bases = await BasesAsync(readable, cancellationToken);
        var page = string.IsNullOrWhiteSpace(query.Keyword)
            ? await ListedAsync(readable, query, language, cancellationToken)
            : await FoundAsync(query, status, author, language, cancellationToken);
        return new KnowledgeListing(bases, bases.Sum(b => b.ArticleCount), page);
    }

    /// <summary>KB-1: every base and category with the number of articles the user may read in it.</summary>
    private async Task<List<KnowledgeBaseItem>> BasesAsync(IQueryable<KnowledgeArticle> readable, CancellationToken cancellationToken)
    {
        var counts = await readable.GroupBy(a => new { a.KnowledgeBaseId, a.CategoryId })
            .Select(g => new { g.Key.KnowledgeBaseId, g.Key.CategoryId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var bases = await db.KnowledgeBases.AsNoTracking().Include(b => b.Categories).OrderBy(b => b.SortOrder).ToListAsync(cancellationToken);
        return [.. bases.Select(b => new KnowledgeBaseItem(b.Id, b.Name,
            counts.Where(c => c.KnowledgeBaseId == b.Id).Sum(c => c.Count),
            [.. b.Categories.OrderBy(c => c.SortOrder).Select(c => new KnowledgeCategoryItem(c.Id, c.Name,
                counts.Where(n => n.CategoryId == c.Id).Sum(n => n.Count)))]))];
    }

    /// <summary>Without a keyword: the newest first (then the number), counted up to the limit.</summary>
    private async Task<Paged<ArticleSummary>> ListedAsync(IQueryable<KnowledgeArticle> readable, BrowseKnowledge query, Language language,
        CancellationToken cancellationToken)
    {
        var articles = readable;
        if (query.KnowledgeBaseId is { } knowledgeBase)
            articles = articles.Where(a => a.KnowledgeBaseId == knowledgeBase);
        if (query.CategoryId is { } category)
            articles = articles.Where(a => a.CategoryId == category);
        if (query.Language is { } wanted)
            articles = articles.Where(a => a.Language == wanted || a.TranslatedTitle != null);

        var total = await articles.Take(SearchLimits.Counted).CountAsync(cancellationToken);
        var page = articles.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Number)
            .Skip((query.Page - 1) * query.Size).Take(query.Size);
        return Paged.Counted(await ArticleSummaries.LoadAsync(db, page, language, cancellationToken), total, query.Page, query.Size);
    }

    /// <summary>KB-2: the index finds the matches in the user's scope, best first; only the page's rows are read.</summary>
    private async Task<Paged<ArticleSummary>> FoundAsync(BrowseKnowledge query, ArticleStatus? status, bool author, Language language,
        CancellationToken cancellationToken)
    {
        var search = new ArticleSearch(SearchText.Terms(query.Keyword)!, user.Scope, IncludeUnpublished: author && status != ArticleStatus.Published,
            query.KnowledgeBaseId, query.CategoryId, query.Language, query.Page * query.Size)
        { Status = author ? status : null };
        var hits = await index.FindArticlesAsync(search, cancellationToken);
        var ids = hits.Ids.Skip((query.Page - 1) * query.Size).Take(query.Size).ToList();
        return Paged.Counted(await ArticleSummaries.LoadAsync(db, ids, language, cancellationToken), hits.Total, query.Page, query.Size);
    }
}
