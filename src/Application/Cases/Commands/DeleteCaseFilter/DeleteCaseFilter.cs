using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases.Commands.SaveCaseFilter;
using Portal.Application.Cases.Queries.ListCaseFilters;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.SavedFilters;
namespace Portal.Application.Cases.Commands.DeleteCaseFilter;

/// <summary>CASE-6: removes one of the user's own saved filters; another's (even shared with the company) is not found.</summary>
public sealed record DeleteCaseFilter(Guid Id) : ICommand, IAllowed
{
    public Roles Allowed => CaseActors.Readers;
}

public sealed class DeleteCaseFilterHandler(IApplicationDbContext db, ICurrentUser user) : ICommandHandler<DeleteCaseFilter>
{
    public async ValueTask<Unit> Handle(DeleteCaseFilter command, CancellationToken cancellationToken)
    {
        var me = user.ContactId;
        var filter = await db.SavedFilters.FirstOrDefaultAsync(
            f => f.Id == command.Id && f.OwnerId == me && f.Target == SavedFilter.CasesTarget, cancellationToken)
            ?? throw new NotFoundException();
        db.SavedFilters.Remove(filter);
        return Unit.Value;
    }
}
