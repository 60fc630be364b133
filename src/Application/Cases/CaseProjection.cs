using Portal.Application.Common.Interfaces;
using Portal.Domain.Cases;
using Portal.Domain.Companies;
using Portal.Domain.Contacts;

namespace Portal.Application.Cases;

/// <summary>A case with what its pages show beside it: customer number, contractor, service and contact.</summary>
internal sealed class CaseJoin
{
    public required Case Case { get; init; }

    public required CustomerAccount Account { get; init; }

    public required Company Company { get; init; }

    public required Service Service { get; init; }

    /// <summary>お客様担当者; none for alerts.</summary>
    public Contact? Contact { get; init; }
}

/// <summary>The module's one read projection: the list, its filters and the case page all join a case the same way.</summary>
internal static class CaseProjection
{
    /// <summary>Every set goes through its named filter, so the join never adds a row the caller may not see.</summary>
    public static IQueryable<CaseJoin> Join(IApplicationDbContext db, IQueryable<Case> cases) =>
        from c in cases
        join a in db.CustomerAccounts on c.CustomerAccountId equals a.Id
        join company in db.Companies on c.CompanyId equals company.Id
        join s in db.Services on a.ServiceId equals s.Id
        join contact in db.Contacts on c.ContactId equals contact.Id into contacts
        from contact in contacts.DefaultIfEmpty()
        select new CaseJoin { Case = c, Account = a, Company = company, Service = s, Contact = contact };
}
