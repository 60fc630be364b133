using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases.Commands.CreateInquiry;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Cases;
namespace Portal.Application.Cases.Queries.GetInquiryForm;

/// <summary>CASE-1 (guide 4.6): what the inquiry form offers: the user's customer numbers (TEN-1) and the customer categories.</summary>
public sealed record GetInquiryForm : IQuery<InquiryForm>, IAllowed
{
    public Roles Allowed => Roles.Customers;
}

public sealed record InquiryForm(IReadOnlyList<InquiryAccount> Accounts, IReadOnlyList<CaseCategory> Categories);

/// <summary>A customer number with its contractor (ご契約者名) and service (サービス名) in both languages.</summary>
public sealed record InquiryAccount(Guid Id, string Number, string ContractorName, string ServiceNameJa, string ServiceNameEn);

public sealed class GetInquiryFormHandler(IApplicationDbContext db) : IQueryHandler<GetInquiryForm, InquiryForm>
{
    public async ValueTask<InquiryForm> Handle(GetInquiryForm query, CancellationToken cancellationToken)
    {
        // The tenant filter keeps the customer's own linked, active numbers only.
        var accounts = await (
            from a in db.CustomerAccounts
            where a.IsActive
            join c in db.Companies on a.CompanyId equals c.Id
            join s in db.Services on a.ServiceId equals s.Id
            orderby a.Number
            select new InquiryAccount(a.Id, a.Number, c.Name, s.NameJa, s.NameEn)).ToListAsync(cancellationToken);
        return new InquiryForm(accounts, CaseCategories.CustomerInquiry);
    }
}
