using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Search;
using Portal.Application.Common.Security;
using Portal.Application.Common.Text;
using Portal.Application.Knowledge;
using Portal.Domain.Cases;
using Portal.Domain.Common;

namespace Portal.Application.Search.Queries.SearchPortal;

/// <summary>One case found: the guide's result line (ケース番号 · 状況 · 更新日時) under its subject.</summary>
public sealed record CaseHit(string Number, string Subject, CaseStatus Status, CaseCategory Category, DateTimeOffset UpdatedAt);

/// <param name="CaseTotal">Counted up to <see cref="SearchLimits.CountLimit"/>; <paramref name="MoreCases"/> when there are more.</param>
/// <param name="ArticlesTooShort">KB-2: knowledge is searched from 3 characters; a shorter keyword searched cases only.</param>
public sealed record SearchResults(
    IReadOnlyList<CaseHit> Cases,
    int CaseTotal,
    bool MoreCases,
    IReadOnlyList<ArticleSummary> Articles,
    int ArticleTotal,
    bool ArticlesTooShort);

/// <summary>
/// UI-4 (guide 4.8.6 「すべて結果」): the header search for text that is not a case number. One index query for
/// the cases the user may see (TEN-1: the scope is part of the query) and one for the published articles they
/// may read (KB-3: services), the first few of each with their totals.
/// </summary>
public sealed record SearchPortal(string Keyword) : IQuery<SearchResults>, IAllowed
{
    public const int CasesShown = 10;
    public const int ArticlesShown = 10;

    /// <summary>KB-2: the shortest keyword (characters other than spaces) knowledge is searched with.</summary>
    public const int ArticleKeywordMin = 3;

    /// <summary>KB-2: whether <paramref name="keyword"/> has enough characters (spaces aside) to search knowledge with.</summary>
    public static bool SearchesArticles(string keyword) => keyword.Count(c => !char.IsWhiteSpace(c)) >= ArticleKeywordMin;

    public Roles Allowed => CaseActors.Readers;
}

public sealed class SearchPortalValidator : AbstractValidator<SearchPortal>
{
    public SearchPortalValidator()
    {
        RuleFor(x => x.Keyword).MaximumLength(SearchText.KeywordMax)
            .Must(k => SearchText.Terms(k) is { Count: > 0 })
            .WithErrorCode("Keyword.TooShort").WithMessage(_ => ListText.Get("Keyword.TooShort"));
    }
}

public sealed class SearchPortalHandler(IApplicationDbContext db, ICurrentUser user, ISearchIndex index)
    : IQueryHandler<SearchPortal, SearchResults>
{
    public async ValueTask<SearchResults> Handle(SearchPortal query, CancellationToken cancellationToken)
    {
        var terms = SearchText.Terms(query.Keyword)!;
        var caseHits = await index.FindCasesAsync(new CaseSearch(terms, user.Scope, Take: SearchPortal.CasesShown), cancellationToken);
        var caseIds = caseHits.Ids;
        var cases = (await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id))
                .Select(c => new { c.Id, Hit = new CaseHit(c.Number, c.Subject, c.Status, c.Category, c.UpdatedAt) })
                .ToListAsync(cancellationToken))
            .OrderBy(c => caseIds.IndexOf(c.Id)).Select(c => c.Hit).ToList();

        var tooShort = !SearchPortal.SearchesArticles(query.Keyword);
        List<ArticleSummary> articles = [];
        var articleTotal = 0;
        if (!tooShort)
        {
            var articleHits = await index.FindArticlesAsync(new ArticleSearch(terms, user.Scope, Take: SearchPortal.ArticlesShown), cancellationToken);
            articleTotal = Math.Min(articleHits.Total, SearchLimits.CountLimit);
            articles = await ArticleSummaries.LoadAsync(db, articleHits.Ids, CurrentLanguage.Value, cancellationToken);
        }

        var caseTotal = Math.Min(caseHits.Total, SearchLimits.Counted);
        return new SearchResults(cases, Math.Min(caseTotal, SearchLimits.CountLimit), caseTotal > SearchLimits.CountLimit,
            articles, articleTotal, tooShort);
    }
}
