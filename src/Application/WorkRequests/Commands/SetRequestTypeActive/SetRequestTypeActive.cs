using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Concurrency;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.WorkRequests.Commands.SetRequestTypeActive;

/// <summary>WR-1: a provider admin retires a request type (no longer offered; its requests stay readable) or offers it again.</summary>
public sealed record SetRequestTypeActive(Guid Id, long Version, bool Active) : ICommand, IAllowed, IVersionedCommand
{
    public Roles Allowed => WorkRequestActors.CatalogEditors;
}

public sealed class SetRequestTypeActiveHandler(IApplicationDbContext db) : ICommandHandler<SetRequestTypeActive>
{
    public async ValueTask<Unit> Handle(SetRequestTypeActive command, CancellationToken cancellationToken)
    {
        var type = await db.WorkRequestTypes.SingleOrDefaultAsync(t => t.Id == command.Id, cancellationToken) ?? throw new NotFoundException();
        db.ExpectVersion(type, command.Version, WorkRequestRules.TypeChangedMeanwhile);
        if (command.Active)
            type.Activate();
        else
            type.Deactivate();
        await db.SaveExpectingVersionAsync(WorkRequestRules.TypeChangedMeanwhile, cancellationToken);
        return Unit.Value;
    }
}
