using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Common;

namespace Portal.Application.Admin.Queries.ListServices;

public sealed record ServiceChoice(Guid Id, string Code, BilingualText Name);

/// <summary>AGT-3: the services a new customer number may subscribe to (サービス名), for the onboarding and account forms.</summary>
public sealed record ListServices : IQuery<IReadOnlyList<ServiceChoice>>, IAllowed
{
    public Roles Allowed => Roles.ProviderAdmin;
}

public sealed class ListServicesHandler(IApplicationDbContext db) : IQueryHandler<ListServices, IReadOnlyList<ServiceChoice>>
{
    public async ValueTask<IReadOnlyList<ServiceChoice>> Handle(ListServices query, CancellationToken cancellationToken) =>
        await db.Services.AsNoTracking().OrderBy(s => s.Code)
            .Select(s => new ServiceChoice(s.Id, s.Code, new BilingualText(s.NameJa, s.NameEn))).ToListAsync(cancellationToken);
}
