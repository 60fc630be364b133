using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Common;

namespace Portal.Application.Admin.Queries.GetCustomerAccount;

/// <summary>The contract form of a customer number, with the versions it carries back (NFR-4).</summary>
public sealed record CustomerAccountForm(
    Guid Id,
    long AccountVersion,
    long Version,
    Guid CompanyId,
    string CompanyName,
    string Number,
    string? DisplayName,
    BilingualText ServiceName,
    DateOnly StartDate,
    string LicenceType,
    int ContractedIds,
    string CrowdStrikeCustomerName,
    string CrowdStrikeCid,
    string? Platform,
    string? EnrollmentMode,
    string? Notes);

/// <summary>AGT-3: one customer number and its contract, for the provider to change.</summary>
public sealed record GetCustomerAccount(Guid AccountId) : IQuery<CustomerAccountForm>, IAllowed
{
    public Roles Allowed => Roles.ProviderAdmin;
}

public sealed class GetCustomerAccountHandler(IApplicationDbContext db) : IQueryHandler<GetCustomerAccount, CustomerAccountForm>
{
    public async ValueTask<CustomerAccountForm> Handle(GetCustomerAccount query, CancellationToken cancellationToken)
    {
        var row = await (from a in db.CustomerAccounts.AsNoTracking()
                         join c in db.Contracts.AsNoTracking() on a.Id equals c.CustomerAccountId
                         join co in db.Companies.AsNoTracking() on a.CompanyId equals co.Id
                         join s in db.Services.AsNoTracking() on a.ServiceId equals s.Id
                         where a.Id == query.AccountId
                         select new { a, c, co.Name, s.NameJa, s.NameEn })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();
        return new CustomerAccountForm(row.a.Id, row.a.Version, row.c.Version, row.a.CompanyId, row.Name, row.a.Number, row.a.DisplayName,
            new BilingualText(row.NameJa, row.NameEn), row.c.StartDate, row.c.LicenceType, row.c.ContractedIds, row.c.CrowdStrikeCustomerName,
            row.c.CrowdStrikeCid, row.c.Platform, row.c.EnrollmentMode, row.c.Notes);
    }
}
