using System.Globalization;
using System.Linq.Expressions;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Models;
using Portal.Application.Common.Security;
using Portal.Domain.Cases;
using Portal.Domain.Contacts;

namespace Portal.Application.Cases.Queries.ListCases;

/// <summary>
/// CASE-4 (guide 4.8): one page of the cases the user may see in a quick view, sorted by one column, with
/// the exact total (TEN-2: the "Tenant" filter narrows the query itself). Agents see every customer's (AGT-1).
/// </summary>
public sealed record ListCases(
    CaseView View = CaseView.All,
    CaseSortColumn Sort = CaseSortColumn.UpdatedAt,
    SortDirection Direction = SortDirection.Descending,
    int Page = 1,
    int Size = ListCases.DefaultSize) : IQuery<Paged<CaseListItem>>, IAllowed
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    public Roles Allowed => CaseAccess.Readers;
}

public sealed class ListCasesValidator : AbstractValidator<ListCases>
{
    public ListCasesValidator()
    {
        RuleFor(x => x.View).IsInEnum();
        RuleFor(x => x.Sort).IsInEnum();
        RuleFor(x => x.Direction).IsInEnum();
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.Size).InclusiveBetween(1, ListCases.MaxSize);
    }
}

public sealed class ListCasesHandler(IApplicationDbContext db) : IQueryHandler<ListCases, Paged<CaseListItem>>
{
    public async ValueTask<Paged<CaseListItem>> Handle(ListCases query, CancellationToken cancellationToken)
    {
        var cases = db.Cases.AsNoTracking().Where(InView(query.View));
        var rows = from c in cases
                   join a in db.CustomerAccounts on c.CustomerAccountId equals a.Id
                   join company in db.Companies on c.CompanyId equals company.Id
                   join s in db.Services on a.ServiceId equals s.Id
                   join contact in db.Contacts on c.ContactId equals contact.Id into contacts
                   from contact in contacts.DefaultIfEmpty()
                   select new CaseRow
                   {
                       Number = c.Number,
                       Status = c.Status,
                       Category = c.Category,
                       Subject = c.Subject,
                       CustomerNumber = a.Number,
                       Contractor = company.Name,
                       ServiceNameJa = s.NameJa,
                       ServiceNameEn = s.NameEn,
                       ContactFirstName = contact == null ? null : contact.FirstName,
                       ContactLastName = contact == null ? null : contact.LastName,
                       UpdatedAt = c.UpdatedAt,
                   };
        var page = await CaseListOrder.Apply(rows, query.Sort, query.Direction == SortDirection.Descending, EnglishServiceNames())
            .Skip((query.Page - 1) * query.Size).Take(query.Size)
            .ToListAsync(cancellationToken);
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
        return new Paged<CaseListItem>(items, await cases.CountAsync(cancellationToken), query.Page, query.Size);
    }

    private static Expression<Func<Case, bool>> InView(CaseView view) => view switch
    {
        CaseView.ActionNeeded => c => c.Status == CaseStatus.Resolved || c.Status == CaseStatus.AwaitingCustomer,
        CaseView.Alerts => c => c.Category == CaseCategory.Alert,
        _ => c => true,
    };

    /// <summary>The service column shows the name in the page's language, so it sorts by that name too.</summary>
    private static bool EnglishServiceNames() => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}
