using Portal.Application.Common.Security;
using Portal.Domain.Cases;
using Portal.Domain.Common;
using Portal.Domain.Knowledge;

namespace Portal.Application.Common.Search;

/// <summary>
/// CASE-5, UI-4, KB-2: the one keyword index of cases and knowledge articles. The caller's scope is part of
/// every query (TEN-1, KB-3): the index holds each case's customer account and each article's status,
/// language and services, and answers only within them. Work notes are never indexed. Answers are as current
/// as the last committed change of the shared database (every call first applies what is new).
/// </summary>
public interface ISearchIndex
{
    /// <summary>Cases matching every term, most recently updated first (case number breaking ties).</summary>
    /// <remarks>With no terms and no groups there is nothing to search: no hits.</remarks>
    ValueTask<SearchHits> FindCasesAsync(CaseSearch search, CancellationToken cancellationToken);

    /// <summary>Articles matching every term, best match first.</summary>
    ValueTask<SearchHits> FindArticlesAsync(ArticleSearch search, CancellationToken cancellationToken);
}

/// <param name="Terms">Each must be found (<see cref="SearchText.Terms"/>).</param>
/// <param name="Scope">TEN-1: a contact's customer accounts, or every case.</param>
/// <param name="Statuses">When set, only cases in these states (a quick view).</param>
/// <param name="Category">When set, only cases of this category (the alerts view).</param>
/// <param name="Take">How many ids to return, in order; the total counts them all.</param>
/// <param name="Groups">When set, a filter the index answers: any group whose conditions all hold.</param>
public sealed record CaseSearch(
    IReadOnlyList<SearchTerm> Terms,
    AccessScope Scope,
    IReadOnlyCollection<CaseStatus>? Statuses = null,
    CaseCategory? Category = null,
    int Take = SearchLimits.Counted,
    IReadOnlyList<IReadOnlyList<CaseCondition>>? Groups = null);

/// <summary>A condition on a value the index holds for every case; <see cref="Negated"/> turns it into "not".</summary>
public abstract record CaseCondition(bool Negated);

/// <summary>Every term is found in the case's texts.</summary>
public sealed record KeywordCondition(IReadOnlyList<SearchTerm> Terms) : CaseCondition(false);

public sealed record StatusCondition(IReadOnlyCollection<CaseStatus> Statuses, bool Negated) : CaseCondition(Negated);

public sealed record CategoryCondition(IReadOnlyCollection<CaseCategory> Categories, bool Negated) : CaseCondition(Negated);

/// <summary>The time lies in [<paramref name="From"/>, <paramref name="Before"/>); an open end is unbounded.</summary>
public sealed record TimeCondition(CaseTime Field, DateTimeOffset? From, DateTimeOffset? Before, bool Negated) : CaseCondition(Negated);

/// <summary>The case is assigned to this agent, or (null) to nobody.</summary>
public sealed record AgentCondition(Guid? AgentId, bool Negated) : CaseCondition(Negated);

public enum CaseTime
{
    Created,
    Updated,
}

/// <param name="Terms">Each must be found in the title or body.</param>
/// <param name="Scope">KB-3: contacts read published articles of every service or of their services; staff all.</param>
/// <param name="IncludeUnpublished">Staff only (KB-4): drafts and retired articles too.</param>
public sealed record ArticleSearch(
    IReadOnlyList<SearchTerm> Terms,
    AccessScope Scope,
    bool IncludeUnpublished = false,
    Guid? KnowledgeBaseId = null,
    Guid? CategoryId = null,
    Language? Language = null,
    int Take = SearchLimits.Counted)
{
    /// <summary>With <see cref="IncludeUnpublished"/>: only articles in this state.</summary>
    public ArticleStatus? Status { get; init; }
}

/// <summary>The ids of the first <see cref="CaseSearch.Take"/> hits in order, and the exact number of all hits.</summary>
public sealed record SearchHits(List<Guid> Ids, int Total);

/// <summary>Lists count exactly up to <see cref="CountLimit"/> rows; above it they say 「10,000 件以上」 and page no further.</summary>
public static class SearchLimits
{
    public const int CountLimit = 10_000;

    /// <summary>How many rows a capped count reads: one more than the limit tells "more than" from "exactly".</summary>
    public const int Counted = CountLimit + 1;
}
