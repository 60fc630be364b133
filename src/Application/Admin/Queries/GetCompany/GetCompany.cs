using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Common;

namespace Portal.Application.Admin.Queries.GetCompany;

/// <summary>A customer number with its service and contract as the provider console shows it.</summary>
public sealed record AccountContract(
    Guid Id,
    string Number,
    string? DisplayName,
    BilingualText ServiceName,
    bool IsActive,
    DateOnly? StartDate,
    string? LicenceType,
    int? ContractedIds,
    string? CrowdStrikeCustomerName,
    string? CrowdStrikeCid);

public sealed record CompanyDetail(Guid Id, long Version, string Name, string? NameKana, IReadOnlyList<AccountContract> Accounts,
    int Contacts, int ActiveAdmins);

/// <summary>AGT-3: one customer company: its names, customer numbers with contracts, and how many users and admins it has.</summary>
public sealed record GetCompany(Guid CompanyId) : IQuery<CompanyDetail>, IAllowed
{
    public Roles Allowed => Roles.ProviderAdmin;
}

public sealed class GetCompanyHandler(IApplicationDbContext db) : IQueryHandler<GetCompany, CompanyDetail>
{
    public async ValueTask<CompanyDetail> Handle(GetCompany query, CancellationToken cancellationToken)
    {
        var company = await db.Companies.AsNoTracking().SingleOrDefaultAsync(c => c.Id == query.CompanyId && !c.IsProvider, cancellationToken)
            ?? throw new NotFoundException();
        var accounts = await db.CustomerAccounts.AsNoTracking().Where(a => a.CompanyId == company.Id).OrderBy(a => a.Number)
            .ToListAsync(cancellationToken);
        var ids = accounts.Select(a => a.Id).ToList();
        var contracts = await db.Contracts.AsNoTracking().Where(c => ids.Contains(c.CustomerAccountId))
            .ToDictionaryAsync(c => c.CustomerAccountId, cancellationToken);
        var services = await db.Services.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var contacts = await db.Contacts.CountAsync(c => c.CompanyId == company.Id, cancellationToken);
        var admins = await db.Contacts.CountAsync(c => c.CompanyId == company.Id && c.IsActive && c.Role == Domain.Contacts.ContactRole.CustomerAdmin,
            cancellationToken);
        return new CompanyDetail(company.Id, company.Version, company.Name, company.NameKana,
            [.. accounts.Select(a => Row(a, contracts.GetValueOrDefault(a.Id), services[a.ServiceId]))],
            contacts, admins);
    }

    private static AccountContract Row(Domain.Companies.CustomerAccount a, Domain.Companies.Contract? c, BilingualText service) =>
        new(a.Id, a.Number, a.DisplayName, service, a.IsActive, c?.StartDate, c?.LicenceType, c?.ContractedIds, c?.CrowdStrikeCustomerName,
            c?.CrowdStrikeCid);
}
