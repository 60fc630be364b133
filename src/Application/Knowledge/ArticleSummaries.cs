using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Domain.Common;
using Portal.Domain.Knowledge;

namespace Portal.Application.Knowledge;

/// <summary>
/// An article as lists and search results show it (KB-2, guide 4.9): title, base | category, author, views and
/// age, in the reader's language when the article has it. A document article (<see cref="DocumentId"/>) downloads
/// its document from the title.
/// </summary>
public sealed record ArticleSummary(
    string Number,
    string Title,
    Language Language,
    BilingualText KnowledgeBase,
    BilingualText? Category,
    string AuthorName,
    int ViewCount,
    DateTimeOffset UpdatedAt,
    ArticleStatus Status,
    Guid? DocumentId);

internal static class ArticleSummaries
{
    /// <summary>The articles of <paramref name="ids"/> the user may read (the "Service" filter applies), in that order.</summary>
    public static async Task<List<ArticleSummary>> LoadAsync(IApplicationDbContext db, IReadOnlyList<Guid> ids, Language language,
        CancellationToken cancellationToken)
    {
        var list = ids.ToList();
        var rows = await Rows(db, db.KnowledgeArticles.AsNoTracking().Where(a => list.Contains(a.Id)), cancellationToken);
        var order = list.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        return await SummariesAsync(db, [.. rows.OrderBy(r => order[r.Id])], language, cancellationToken);
    }

    /// <summary>One page of <paramref name="articles"/> as they are ordered.</summary>
    public static async Task<List<ArticleSummary>> LoadAsync(IApplicationDbContext db, IQueryable<KnowledgeArticle> articles, Language language,
        CancellationToken cancellationToken) =>
        await SummariesAsync(db, await Rows(db, articles, cancellationToken), language, cancellationToken);

    private static Task<List<Row>> Rows(IApplicationDbContext db, IQueryable<KnowledgeArticle> articles, CancellationToken cancellationToken) =>
        (from a in articles
         join b in db.KnowledgeBases on a.KnowledgeBaseId equals b.Id
         select new Row(a.Id, a.Number, a.Language, a.Title, a.TranslatedTitle, b.NameJa, b.NameEn, a.CategoryId, a.AuthorName,
             a.ViewCount, a.UpdatedAt, a.Status,
             a.BodyHtml == "" ? a.Attachments.OrderBy(f => f.UploadedAt).Select(f => (Guid?)f.Id).FirstOrDefault() : null))
        .ToListAsync(cancellationToken);

    private static async Task<List<ArticleSummary>> SummariesAsync(IApplicationDbContext db, List<Row> rows, Language language,
        CancellationToken cancellationToken)
    {
        var categoryIds = rows.Where(r => r.CategoryId is not null).Select(r => r.CategoryId!.Value).Distinct().ToList();
        var categories = categoryIds.Count == 0 ? [] : await db.KnowledgeBases.AsNoTracking().SelectMany(b => b.Categories)
            .Where(c => categoryIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return [.. rows.Select(r =>
        {
            var translated = r.TranslatedTitle is not null && language != r.Language;
            return new ArticleSummary(r.Number, translated ? r.TranslatedTitle! : r.Title, translated ? language : r.Language,
                new BilingualText(r.BaseJa, r.BaseEn), r.CategoryId is { } category ? categories.GetValueOrDefault(category) : null,
                r.AuthorName, r.ViewCount, r.UpdatedAt, r.Status, r.DocumentId);
        })];
    }

    private sealed record Row(Guid Id, string Number, Language Language, string Title, string? TranslatedTitle, string BaseJa, string BaseEn,
        Guid? CategoryId, string AuthorName, int ViewCount, DateTimeOffset UpdatedAt, ArticleStatus Status, Guid? DocumentId);
}
