using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases.Queries.ListAgents;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Cases;
namespace Portal.Application.Cases.Queries.GetCaseStatus;

/// <summary>
/// The status of a case the user may see, and nothing else: what an upload checks before it reads a byte
/// (CASE-8). Another tenant's case is not found, like an unknown number (TEN-1).
/// </summary>
public sealed record GetCaseStatus(string Number) : IQuery<CaseStatus>, IAllowed
{
    public Roles Allowed => CaseActors.Readers;
}

public sealed class GetCaseStatusHandler(IApplicationDbContext db) : IQueryHandler<GetCaseStatus, CaseStatus>
{
    public async ValueTask<CaseStatus> Handle(GetCaseStatus query, CancellationToken cancellationToken)
    {
        if (!Case.IsValidNumber(query.Number))
            throw new NotFoundException();
        var statuses = await db.Cases.AsNoTracking().Where(c => c.Number == query.Number).Select(c => c.Status).ToListAsync(cancellationToken);
        return statuses.Count == 1 ? statuses[0] : throw new NotFoundException();
    }
}
