using System.Linq.Expressions;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Models;
using Portal.Application.Common.Search;
using Portal.Application.Common.Security;
using Portal.Application.Common.Text;
using Portal.Application.Common.Time;
using Portal.Domain.Cases;
using Portal.Domain.Contacts;

namespace Portal.Application.Cases.Queries.ListCases;

/// <summary>
/// CASE-4 / CASE-5 (guide 4.8, 4.8.7): one page of the cases the user may see in a quick view, narrowed
/// by a filter (<see cref="CaseFilterSyntax"/>) and sorted by one or more columns (<see cref="CaseSortSyntax"/>),
/// with the exact total (TEN-2: the "Tenant" filter narrows the query itself). Agents see every customer's (AGT-1).
/// </summary>
public sealed record ListCases(
    CaseView View = CaseView.All,
    string? Filter = null,
    string? Sort = null,
    int Page = 1,
    int Size = ListCases.DefaultSize) : IQuery<Paged<CaseListItem>>, IAllowed
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    public Roles Allowed => CaseActors.Readers;
}

public sealed class ListCasesValidator : AbstractValidator<ListCases>
{
    public ListCasesValidator(ICurrentUser user)
    {
        RuleFor(x => x.View).IsInEnum();
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.Size).InclusiveBetween(1, ListCases.MaxSize);
        RuleFor(x => x.Page).Must((q, p) => ((long)p - 1) * q.Size < SearchLimits.CountLimit)
            .When(q => q.Page >= 1 && q.Size >= 1)
            .WithErrorCode("Paging.BeyondLimit").WithMessage(_ => ListText.Get("Paging.BeyondLimit", SearchLimits.CountLimit));
        RuleFor(x => x.Filter).ValidCaseFilter(user);
        RuleFor(x => x.Sort).ValidCaseSort();
    }
}

public sealed class ListCasesHandler(IApplicationDbContext db, ICurrentUser user, ISearchIndex index)
    : IQueryHandler<ListCases, Paged<CaseListItem>>
{
    /// <summary>How many keyword hits one query tests against the filter's other conditions.</summary>
    private const int ChunkSize = 2_000;

    /// <summary>The most candidate rows a page is chosen among when it is read in parts (<see cref="InPartsAsync"/>).</summary>
    private const int PartRowsMax = 20_000;

    public async ValueTask<Paged<CaseListItem>> Handle(ListCases query, CancellationToken cancellationToken)
    {
        var filter = CaseFilterSyntax.Parse(query.Filter).Filter ?? CaseFilter.None;
        var sort = CaseSortSyntax.Parse(query.Sort) ?? CaseSortSyntax.Default;
        var cases = db.Cases.AsNoTracking().Where(InView(query.View));
        // CASE-5 keyword: the index finds the matching cases in the user's scope, newest first; the database
        // then only reads the page (and tests any other condition against those hits).
        var inIndexOrder = sort.SequenceEqual(CaseSortSyntax.Default);
        var zone = await ZoneAsync(filter, cancellationToken);
        if (!filter.IsEmpty && inIndexOrder && CaseIndexFilter.TryMap(filter, user.ContactId, zone) is { } groups)
        {
            // Every condition is a value the index holds: it finds the page and the count, whatever the groups.
            var search = new CaseSearch([], user.Scope, ViewStatuses(query.View), ViewCategory(query.View), query.Page * query.Size, groups);
            var hits = await index.FindCasesAsync(search, cancellationToken);
            return Paged.Counted(Items(await SliceAsync(cases, hits.Ids, query, cancellationToken)), hits.Total, query.Page, query.Size);
        }

        if (filter.Groups is [var only] && only.Any(IsKeyword))
            return await KeywordPageAsync(query, only, sort, cases, zone, cancellationToken);

        var unfiltered = cases;
        Expression<Func<CaseJoin, bool>>? onJoin = null;
        List<Expression<Func<Case, bool>>>? parts = null;
        if (!filter.IsEmpty)
        {
            var translator = await TranslatorAsync(filter, query.View, zone, cancellationToken);
            var predicate = translator.Translate(filter);
            // Most filters test the case alone: then the cases are narrowed (and counted) before any join.
            if (Predicates.OnCaseOnly(predicate) is { } onCase)
            {
                cases = cases.Where(onCase);
                if (filter.Groups.Count > 1)
                    parts = Groups(filter, translator);
            }
            else
            {
                onJoin = predicate;
            }
        }

        var joined = Join(cases);
        if (onJoin is not null)
            joined = joined.Where(onJoin);

        var english = CurrentLanguage.IsEnglish;
        List<CaseRow> page;
        if (onJoin is null && CaseListOrder.OnCaseAlone(sort))
        {
            // The page is chosen among cases alone (an index walk that stops after one page); only its rows are joined.
            var ordered = await InPartsAsync(unfiltered, cases, parts, sort, query, cancellationToken) ?? cases;
            var pageOfCases = CaseListOrder.Apply(ordered, sort).Skip((query.Page - 1) * query.Size).Take(query.Size);
            page = await CaseListOrder.Apply(Rows(Join(pageOfCases)), sort, english).ToListAsync(cancellationToken);
        }
        else
        {
            page = await CaseListOrder.Apply(Rows(joined), sort, english)
                .Skip((query.Page - 1) * query.Size).Take(query.Size)
                .ToListAsync(cancellationToken);
        }

        // Every case has its account, company and service: unless the filter tests them, counting needs no join.
        // Counting stops after the limit: above it the list only says "10,000 or more".
        var total = page.Count < query.Size && query.Page == 1 ? page.Count
            : onJoin is not null ? await joined.Take(SearchLimits.Counted).CountAsync(cancellationToken)
            : await cases.Take(SearchLimits.Counted).CountAsync(cancellationToken);
        return Paged.Counted(Items(page), total, query.Page, query.Size);
    }

    /// <summary>
    /// No single index holds the page in order when a contact has several customer numbers or the filter has
    /// several groups (OR): the database would sort every match. Instead each part (a group, for each number)
    /// gives its own first rows up to this page, each from an index walk that stops early, and the page is chosen
    /// among those. Null when this does not apply.
    /// </summary>
    private async Task<IQueryable<Case>?> InPartsAsync(IQueryable<Case> unfiltered, IQueryable<Case> cases,
        List<Expression<Func<Case, bool>>>? groups, IReadOnlyList<CaseSortKey> sort, ListCases query, CancellationToken cancellationToken)
    {
        var accounts = user.Scope.SeesAll || user.Scope.AccountIds.Count < 2 ? null : user.Scope.AccountIds;
        if (accounts is null && groups is null)
            return null;
        var upTo = query.Page * query.Size;
        var parts = (groups?.Count ?? 1) * (accounts?.Count ?? 1);
        if ((long)parts * upTo > PartRowsMax)
            return null;
        if (groups is null)
        {
            // Customer numbers do not overlap: the parts' first rows are united in one query (UNION ALL of index
            // walks), which the database sorts itself rather than walking an index over every customer's cases.
            IQueryable<Case>? united = null;
            foreach (var account in accounts!)
            {
                var part = CaseListOrder.Apply(cases.Where(c => c.CustomerAccountId == account), sort).Take(upTo);
                united = united is null ? part : united.Concat(part);
            }

            return united;
        }

        var candidates = new List<Guid>();
        foreach (var group in groups)
        {
            foreach (var account in accounts ?? [Guid.Empty])
            {
                var part = unfiltered.Where(group);
                if (accounts is not null)
                    part = part.Where(c => c.CustomerAccountId == account);
                candidates.AddRange(await CaseListOrder.Apply(part, sort).Take(upTo).Select(c => c.Id).ToListAsync(cancellationToken));
            }
        }

        return cases.Where(c => candidates.Contains(c.Id));
    }

    /// <summary>Each group of the filter on its own, when every one tests the case alone.</summary>
    private static List<Expression<Func<Case, bool>>>? Groups(CaseFilter filter, CaseFilterTranslator translator)
    {
        var groups = new List<Expression<Func<Case, bool>>>();
        foreach (var group in filter.Groups)
        {
            if (Predicates.OnCaseOnly(translator.Translate(new CaseFilter([group]))) is not { } onCase)
                return null;
            groups.Add(onCase);
        }

        return groups;
    }

    private async Task<Paged<CaseListItem>> KeywordPageAsync(ListCases query, IReadOnlyList<FilterCondition> group,
        IReadOnlyList<CaseSortKey> sort, IQueryable<Case> cases, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var terms = group.Where(IsKeyword).SelectMany(c => SearchText.Terms(c.Value) ?? []).ToList();
        var rest = group.Where(c => !IsKeyword(c)).ToList();
        var inIndexOrder = sort.SequenceEqual(CaseSortSyntax.Default);
        // The index's order is the default one: then only the ids up to this page are needed (the total comes free).
        var take = rest.Count == 0 && inIndexOrder ? query.Page * query.Size : SearchLimits.Counted;
        var search = new CaseSearch(terms, user.Scope, ViewStatuses(query.View), ViewCategory(query.View), take);
        var hits = await index.FindCasesAsync(search, cancellationToken);
        var ids = hits.Ids;
        var total = hits.Total;
        if (rest.Count > 0)
        {
            if (hits.Total > hits.Ids.Count)
                ids = (await index.FindCasesAsync(search with { Take = int.MaxValue }, cancellationToken)).Ids;
            ids = await MatchingAsync(cases, ids, new CaseFilter([rest]), query.View, zone, cancellationToken);
            total = ids.Count;
        }

        var english = CurrentLanguage.IsEnglish;
        List<CaseRow> page;
        if (inIndexOrder)
        {
            page = await SliceAsync(cases, ids, query, cancellationToken);
        }
        else
        {
            // Any other order sorts the (at most 10,001) hits in the database.
            var hitIds = ids.Take(SearchLimits.Counted).ToList();
            page = await CaseListOrder.Apply(Rows(Join(cases.Where(c => hitIds.Contains(c.Id)))), sort, english)
                .Skip((query.Page - 1) * query.Size).Take(query.Size)
                .ToListAsync(cancellationToken);
        }

        return Paged.Counted(Items(page), total, query.Page, query.Size);
    }

    /// <summary>The page's rows among hits in the index's order (newest update, then number).</summary>
    private async Task<List<CaseRow>> SliceAsync(IQueryable<Case> cases, List<Guid> ids, ListCases query, CancellationToken cancellationToken)
    {
        var pageIds = ids.Skip((query.Page - 1) * query.Size).Take(query.Size).ToList();
        var rows = await Rows(Join(cases.Where(c => pageIds.Contains(c.Id)))).ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.UpdatedAt).ThenByDescending(r => r.Number, StringComparer.Ordinal)];
    }

    private async Task<TimeZoneInfo> ZoneAsync(CaseFilter filter, CancellationToken cancellationToken) =>
        filter.Conditions.Any(c => CaseFields.TypeOf(c.Field) == FieldType.Date)
            ? await UserZone.OfAsync(db, user, cancellationToken)
            : TimeZoneInfo.Utc;

    /// <summary>
    /// The hits, in their order, that also meet the filter's other conditions, tested a chunk at a time until
    /// one more than the count limit is found.
    /// </summary>
    private async Task<List<Guid>> MatchingAsync(IQueryable<Case> cases, IReadOnlyList<Guid> hits, CaseFilter rest,
        CaseView view, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var predicate = (await TranslatorAsync(rest, view, zone, cancellationToken)).Translate(rest);
        var matching = new List<Guid>();
        foreach (var chunk in hits.Chunk(ChunkSize))
        {
            var ids = chunk.ToList();
            var found = (await Join(cases.Where(c => ids.Contains(c.Id))).Where(predicate).Select(j => j.Case.Id)
                .ToListAsync(cancellationToken)).ToHashSet();
            matching.AddRange(ids.Where(found.Contains));
            if (matching.Count >= SearchLimits.Counted)
                break;
        }

        return matching.Count > SearchLimits.Counted ? matching[..SearchLimits.Counted] : matching;
    }

    /// <summary>
    /// The filter as one expression. A keyword inside an OR of groups is answered by the index first, as the
    /// set of every case in scope it matches.
    /// </summary>
    private async Task<CaseFilterTranslator> TranslatorAsync(CaseFilter filter, CaseView view, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var keywordMatches = new Dictionary<FilterCondition, IReadOnlyList<Guid>>(ReferenceEqualityComparer.Instance);
        foreach (var condition in filter.Conditions.Where(IsKeyword))
        {
            var search = new CaseSearch(SearchText.Terms(condition.Value) ?? [], user.Scope, ViewStatuses(view), Take: int.MaxValue);
            keywordMatches[condition] = (await index.FindCasesAsync(search, cancellationToken)).Ids;
        }

        return new CaseFilterTranslator(keywordMatches, user.ContactId, zone);
    }

    private static bool IsKeyword(FilterCondition condition) => condition.Field == CaseField.Keyword;

    private static CaseCategory? ViewCategory(CaseView view) => view == CaseView.Alerts ? CaseCategory.Alert : null;

    private static CaseStatus[]? ViewStatuses(CaseView view) =>
        view == CaseView.ActionNeeded ? [CaseStatus.Resolved, CaseStatus.AwaitingCustomer] : null;

    private static List<CaseListItem> Items(List<CaseRow> page) => [.. page.Select(r => new CaseListItem
    {
        Number = r.Number,
        Status = r.Status,
        Category = r.Category,
        Subject = r.Subject,
        CustomerNumber = r.CustomerNumber,
        Contractor = r.Contractor,
        ServiceNameJa = r.ServiceNameJa,
        ServiceNameEn = r.ServiceNameEn,
        Contact = r.ContactLastName is null ? null : Contact.FormatName(r.ContactFirstName, r.ContactLastName),
        UpdatedAt = r.UpdatedAt,
    })];

    private IQueryable<CaseJoin> Join(IQueryable<Case> cases) => CaseProjection.Join(db, cases);

    private static IQueryable<CaseRow> Rows(IQueryable<CaseJoin> joined) => joined.Select(j => new CaseRow
    {
        Number = j.Case.Number,
        Status = j.Case.Status,
        Category = j.Case.Category,
        Subject = j.Case.Subject,
        CustomerNumber = j.Account.Number,
        Contractor = j.Company.Name,
        ServiceNameJa = j.Service.NameJa,
        ServiceNameEn = j.Service.NameEn,
        ContactFirstName = j.Contact == null ? null : j.Contact.FirstName,
        ContactLastName = j.Contact == null ? null : j.Contact.LastName,
        UpdatedAt = j.Case.UpdatedAt,
    });

    private static Expression<Func<Case, bool>> InView(CaseView view) => view switch
    {
        CaseView.ActionNeeded => c => c.Status == CaseStatus.Resolved || c.Status == CaseStatus.AwaitingCustomer,
        CaseView.Alerts => c => c.Category == CaseCategory.Alert,
        _ => c => true,
    };
}
