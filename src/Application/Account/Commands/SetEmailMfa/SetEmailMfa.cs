using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.Account.Commands.SetEmailMfa;

/// <summary>AUTH-5 (a): turn e-mail codes at sign-in on or off for oneself.</summary>
public sealed record SetEmailMfa(bool Enabled) : ICommand, IAllowed
{
    public Roles Allowed => Roles.SignedIn;
}

public sealed class SetEmailMfaHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<SetEmailMfa>
{
    private Guid Me => user.ContactId ?? throw new UnauthenticatedException();

    public async ValueTask<Unit> Handle(SetEmailMfa command, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.SingleAsync(c => c.Id == Me, cancellationToken);
        contact.SetEmailMfa(command.Enabled, clock.GetUtcNow());
        return Unit.Value;
    }
}
