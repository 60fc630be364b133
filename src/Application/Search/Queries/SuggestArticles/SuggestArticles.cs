using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Search;
using Portal.Application.Common.Security;
using Portal.Domain.Cases;
using Portal.Domain.Knowledge;
using PortalSearch = Portal.Application.Search.Queries.SearchPortal.SearchPortal;

namespace Portal.Application.Search.Queries.SuggestArticles;

/// <summary>
/// KB-5: while a customer types an inquiry's subject, the published articles it may read that match it (KB-3:
/// the index answers within the user's services, and the "Service" filter applies to the rows read), best
/// match first. A subject shorter than KB-2's minimum, or one that can't be searched, suggests nothing.
/// </summary>
public sealed record SuggestArticles(string? Subject) : IQuery<IReadOnlyList<ArticleSuggestion>>, IAllowed
{
    public const int Shown = 5;

    public Roles Allowed => CaseActors.Customers;
}

/// <summary>An article to open beside the form: its number (the /Knowledge/{Number} page) and title.</summary>
public sealed record ArticleSuggestion(string Number, string Title);

public sealed class SuggestArticlesValidator : AbstractValidator<SuggestArticles>
{
    public SuggestArticlesValidator() => RuleFor(x => x.Subject).MaximumLength(Case.SubjectMax);
}

public sealed class SuggestArticlesHandler(IApplicationDbContext db, ICurrentUser user, ISearchIndex index)
    : IQueryHandler<SuggestArticles, IReadOnlyList<ArticleSuggestion>>
{
    public async ValueTask<IReadOnlyList<ArticleSuggestion>> Handle(SuggestArticles query, CancellationToken cancellationToken)
    {
        var subject = query.Subject ?? string.Empty;
        if (!PortalSearch.SearchesArticles(subject) || SearchText.Terms(subject) is not { Count: > 0 } terms)
            return [];
        var hits = await index.FindArticlesAsync(new ArticleSearch(terms, user.Scope, Take: SuggestArticles.Shown), cancellationToken);
        var ids = hits.Ids;
        var rows = await db.KnowledgeArticles.AsNoTracking()
            .Where(a => ids.Contains(a.Id) && a.Status == ArticleStatus.Published)
            .Select(a => new { a.Id, Suggestion = new ArticleSuggestion(a.Number, a.Title) })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => ids.IndexOf(r.Id)).Select(r => r.Suggestion)];
    }
}
