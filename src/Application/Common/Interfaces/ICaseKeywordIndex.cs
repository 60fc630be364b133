using Portal.Application.Common.Search;

namespace Portal.Application.Common.Interfaces;

/// <summary>
/// CASE-5 keyword: the ids of cases whose subject, description or a public comment contains a term, as a
/// query the caller composes into its own (never a scan of comments: each provider answers from an index).
/// Work notes are not in the index, so no search can reveal them.
/// </summary>
public interface ICaseKeywordIndex
{
    IQueryable<Guid> CasesMatching(SearchTerm term);
}
