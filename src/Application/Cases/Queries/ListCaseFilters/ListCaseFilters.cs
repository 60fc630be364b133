using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases.Commands.DeleteCaseFilter;
using Portal.Application.Cases.Commands.SaveCaseFilter;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.SavedFilters;
namespace Portal.Application.Cases.Queries.ListCaseFilters;

/// <summary>CASE-6: the saved case filters the user may load: its own and those its company shares.</summary>
public sealed record ListCaseFilters : IQuery<IReadOnlyList<SavedFilterItem>>, IAllowed
{
    public Roles Allowed => CaseActors.Readers;
}

public sealed record SavedFilterItem(Guid Id, string Name, FilterVisibility Visibility, string QueryString, bool IsMine, string OwnerName);

public sealed class ListCaseFiltersHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListCaseFilters, IReadOnlyList<SavedFilterItem>>
{
    public async ValueTask<IReadOnlyList<SavedFilterItem>> Handle(ListCaseFilters query, CancellationToken cancellationToken)
    {
        var me = user.ContactId;
        // Which company's shared filters: the "Company" filter decides; staff belong to none and share nothing.
        var shared = user.CompanyId is not null;
        var rows = await (from f in db.SavedFilters.AsNoTracking()
                          join owner in db.Contacts on f.OwnerId equals owner.Id
                          where f.Target == SavedFilter.CasesTarget
                                && (f.OwnerId == me || (shared && f.Visibility == FilterVisibility.Company))
                          orderby f.Name
                          select new { f.Id, f.Name, f.Visibility, f.QueryString, f.OwnerId, owner.FirstName, owner.LastName })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new SavedFilterItem(r.Id, r.Name, r.Visibility, r.QueryString, r.OwnerId == me,
            Domain.Contacts.Contact.FormatName(r.FirstName, r.LastName)))];
    }
}
