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
        RuleFor(x => x.Filter).ValidCaseFilter(user);
        RuleFor(x => x.Sort).ValidCaseSort();
    }
}

public sealed class ListCasesHandler(IApplicationDbContext db, ICurrentUser user, ICaseKeywordIndex keywords)
    : IQueryHandler<ListCases, Paged<CaseListItem>>
{
    public async ValueTask<Paged<CaseListItem>> Handle(ListCases query, CancellationToken cancellationToken)
    {
        var filter = CaseFilterSyntax.Parse(query.Filter).Filter ?? CaseFilter.None;
        var cases = db.Cases.AsNoTracking().Where(InView(query.View));
        Expression<Func<CaseJoin, bool>>? onJoin = null;
        if (!filter.IsEmpty)
        {
            var zone = filter.Conditions.Any(c => CaseFields.TypeOf(c.Field) == FieldType.Date)
                ? await UserZone.OfAsync(db, user, cancellationToken)
                : TimeZoneInfo.Utc;
            var predicate = new CaseFilterTranslator(keywords, user.ContactId, zone).Translate(filter);
            // Most filters test the case alone: then the cases are narrowed (and counted) before any join.
            if (Predicates.OnCaseOnly(predicate) is { } onCase)
                cases = cases.Where(onCase);
            else
                onJoin = predicate;
        }

        var joined = Join(cases);
        if (onJoin is not null)
            joined = joined.Where(onJoin);

        var sort = CaseSortSyntax.Parse(query.Sort) ?? CaseSortSyntax.Default;
        var english = CurrentLanguage.IsEnglish;
        List<CaseRow> page;
        if (onJoin is null && CaseListOrder.OnCaseAlone(sort))
        {
            // The page is chosen among cases alone (an index walk that stops after one page); only its rows are joined.
            var pageOfCases = CaseListOrder.Apply(cases, sort).Skip((query.Page - 1) * query.Size).Take(query.Size);
            page = await CaseListOrder.Apply(Rows(Join(pageOfCases)), sort, english).ToListAsync(cancellationToken);
        }
        else
        {
            page = await CaseListOrder.Apply(Rows(joined), sort, english)
                .Skip((query.Page - 1) * query.Size).Take(query.Size)
                .ToListAsync(cancellationToken);
        }

        List<CaseListItem> items = [.. page.Select(r => new CaseListItem
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
        // Every case has its account, company and service: unless the filter tests them, counting needs no join.
        var total = page.Count < query.Size && query.Page == 1 ? page.Count
            : onJoin is not null ? await joined.CountAsync(cancellationToken)
            : await cases.CountAsync(cancellationToken);
        return new Paged<CaseListItem>(items, total, query.Page, query.Size);
    }

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
