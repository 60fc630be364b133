using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Application.Common.Text;
using Portal.Domain.WorkRequests;

namespace Portal.Application.WorkRequests.Queries.ListRequestTypes;

/// <summary>
/// WR-1 (guide 4.7.1): the catalog of request types in their order. Customers see the types on offer; with
/// <see cref="IncludeRetired"/> a provider admin sees retired ones too (its catalog page); anyone else asking for them is refused.
/// </summary>
public sealed record ListRequestTypes(bool IncludeRetired = false) : IQuery<IReadOnlyList<RequestTypeRow>>, IAllowed
{
    public Roles Allowed => WorkRequestActors.Readers | WorkRequestActors.CatalogEditors;
}

public sealed record RequestTypeRow(Guid Id, string Code, string Name, string? Description, bool IsActive, int FieldCount, int Requests);

public sealed class ListRequestTypesHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListRequestTypes, IReadOnlyList<RequestTypeRow>>
{
    public async ValueTask<IReadOnlyList<RequestTypeRow>> Handle(ListRequestTypes query, CancellationToken cancellationToken)
    {
        if (query.IncludeRetired && user.Role != Roles.ProviderAdmin)
            throw new ForbiddenAccessException(); // the whole catalog is the catalog editors'
        var retiredToo = query.IncludeRetired;
        var types = await db.WorkRequestTypes.AsNoTracking().Where(t => retiredToo || t.IsActive)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Code)
            .Select(t => new { Type = t, Requests = db.WorkRequests.Count(r => r.TypeId == t.Id) })
            .ToListAsync(cancellationToken);
        var language = CurrentLanguage.Value;
        return types.Select(t => new RequestTypeRow(t.Type.Id, t.Type.Code, t.Type.NameIn(language),
            t.Type.DescriptionJa is null && t.Type.DescriptionEn is null ? null : t.Type.Description.In(language),
            t.Type.IsActive, t.Type.Form.Fields.Count, t.Requests)).ToList();
    }
}
