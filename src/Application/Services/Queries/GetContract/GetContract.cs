using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Common;

namespace Portal.Application.Services.Queries.GetContract;

/// <summary>
/// お客様サービス利用情報 (guide 4.10) in its three sections: お客様情報, サービス利用情報 and CrowdStrike Falcon Mobile設定情報.
/// </summary>
public sealed record ContractDetail(
    string CustomerNumber,
    string Contractor,
    BilingualText Service,
    DateOnly StartDate,
    string LicenceType,
    int ContractedIds,
    string CrowdStrikeCustomerName,
    string CrowdStrikeCid,
    string? Platform,
    string? EnrollmentMode,
    string? Notes)
{
    /// <summary>The work request type to apply for a change with, when it is on offer (WR-1); else the catalog.</summary>
    public string? ChangeRequestType { get; init; }
}

/// <summary>
/// SVC-1: one customer number's service settings, read-only. Another company's number, or one of the own company that
/// is not linked to the customer, is the same <see cref="NotFoundException"/> as an unknown one (TEN-1, TEN-2).
/// </summary>
public sealed record GetContract(string CustomerNumber) : IQuery<ContractDetail>, IAllowed
{
    public Roles Allowed => ContractReaders.Allowed;
}

public sealed class GetContractHandler(IApplicationDbContext db, IOptions<PortalOptions> portal) : IQueryHandler<GetContract, ContractDetail>
{
    public async ValueTask<ContractDetail> Handle(GetContract query, CancellationToken cancellationToken)
    {
        var contract = await ContractReaders.Join(db).AsNoTracking()
            .Where(j => j.Account.Number == query.CustomerNumber)
            .Select(j => new ContractDetail(
                j.Account.Number,
                j.Contractor,
                new BilingualText(j.Service.NameJa, j.Service.NameEn),
                j.Contract.StartDate,
                j.Contract.LicenceType,
                j.Contract.ContractedIds,
                j.Contract.CrowdStrikeCustomerName,
                j.Contract.CrowdStrikeCid,
                j.Contract.Platform,
                j.Contract.EnrollmentMode,
                j.Contract.Notes))
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();
        var change = portal.Value.ContractChangeRequestType;
        return await db.WorkRequestTypes.AnyAsync(t => t.Code == change && t.IsActive, cancellationToken)
            ? contract with { ChangeRequestType = change }
            : contract;
    }
}
