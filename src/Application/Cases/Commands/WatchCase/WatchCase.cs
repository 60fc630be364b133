using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.Cases.Commands.WatchCase;

/// <summary>
/// CASE-10: puts the user on (or takes it off) the watch list of a case it may see; watchers are mailed
/// its public updates like the contact. Another tenant's case is not found (TEN-1).
/// </summary>
public sealed record WatchCase(string CaseNumber, bool Watch = true) : ICommand, IAllowed
{
    public Roles Allowed => CaseActors.Readers;
}

public sealed class WatchCaseHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<WatchCase>
{
    public async ValueTask<Unit> Handle(WatchCase command, CancellationToken cancellationToken)
    {
        var contactId = user.ContactId ?? throw new UnauthenticatedException();
        var target = await CaseChanges.LoadAsync(db.Cases.Include(c => c.Watchers), command.CaseNumber, cancellationToken);
        if (command.Watch)
            target.Watch(contactId, clock.GetUtcNow());
        else
            target.Unwatch(contactId, clock.GetUtcNow());
        await CaseChanges.SaveAsync(db, command.CaseNumber, cancellationToken);
        return Unit.Value;
    }
}
