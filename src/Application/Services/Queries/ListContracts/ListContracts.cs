using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Models;
using Portal.Application.Common.Security;
using Portal.Domain.Common;

namespace Portal.Application.Services.Queries.ListContracts;

/// <summary>One row of サービス設定情報 (guide 4.10): ご契約者名, お客様番号, サービス名, ご契約開始日.</summary>
public sealed record ContractRow(string Contractor, string CustomerNumber, BilingualText Service, DateOnly StartDate);

/// <summary>
/// SVC-1: the contracts of the customer numbers the user may see, by customer number. A customer or its admin sees
/// only the numbers linked to it (TEN-1: the "Tenant" filter narrows the query, so the total is exact, TEN-2);
/// provider staff see every customer's. A page past the last shows the last.
/// </summary>
public sealed record ListContracts(int Page = 1) : IQuery<Paged<ContractRow>>, IAllowed
{
    public const int PageSize = 20;

    public Roles Allowed => ContractReaders.Allowed;
}

public sealed class ListContractsHandler(IApplicationDbContext db) : IQueryHandler<ListContracts, Paged<ContractRow>>
{
    public async ValueTask<Paged<ContractRow>> Handle(ListContracts query, CancellationToken cancellationToken)
    {
        var contracts = ContractReaders.Join(db).AsNoTracking();
        var total = await contracts.CountAsync(cancellationToken);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + ListContracts.PageSize - 1) / ListContracts.PageSize));
        var rows = await contracts.OrderBy(j => j.Account.Number)
            .Skip((page - 1) * ListContracts.PageSize).Take(ListContracts.PageSize)
            .Select(j => new
            {
                j.Contractor,
                j.Account.Number,
                j.Service.NameJa,
                j.Service.NameEn,
                j.Contract.StartDate,
            })
            .ToListAsync(cancellationToken);
        return new Paged<ContractRow>(
            [.. rows.Select(r => new ContractRow(r.Contractor, r.Number, new BilingualText(r.NameJa, r.NameEn), r.StartDate))],
            total, page, ListContracts.PageSize);
    }
}
