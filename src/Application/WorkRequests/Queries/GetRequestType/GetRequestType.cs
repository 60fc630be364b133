using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Application.WorkRequests.Commands.SaveRequestType;

namespace Portal.Application.WorkRequests.Queries.GetRequestType;

/// <summary>WR-1: a request type as its editor shows it to a provider admin, with the version the save carries.</summary>
public sealed record GetRequestType(Guid Id) : IQuery<RequestTypeEdit>, IAllowed
{
    public Roles Allowed => WorkRequestActors.CatalogEditors;
}

public sealed record RequestTypeEdit(Guid Id, long Version, string Code, string NameJa, string NameEn, string? DescriptionJa, string? DescriptionEn,
    int SortOrder, bool IsActive, int Requests, IReadOnlyList<RequestFieldInput> Fields);

public sealed class GetRequestTypeHandler(IApplicationDbContext db) : IQueryHandler<GetRequestType, RequestTypeEdit>
{
    public async ValueTask<RequestTypeEdit> Handle(GetRequestType query, CancellationToken cancellationToken)
    {
        var type = await db.WorkRequestTypes.AsNoTracking().SingleOrDefaultAsync(t => t.Id == query.Id, cancellationToken) ?? throw new NotFoundException();
        var requests = await db.WorkRequests.CountAsync(r => r.TypeId == type.Id, cancellationToken);
        return new RequestTypeEdit(type.Id, type.Version, type.Code, type.NameJa, type.NameEn, type.DescriptionJa, type.DescriptionEn, type.SortOrder,
            type.IsActive, requests, type.Form.Fields.Select(f => new RequestFieldInput(f.Name, f.Kind, f.LabelJa, f.LabelEn, f.Required, f.HelpJa,
                f.HelpEn, f.MaxLength, f.Min, f.Max, RequestFieldInput.ChoicesText(f.Choices))).ToList());
    }
}
