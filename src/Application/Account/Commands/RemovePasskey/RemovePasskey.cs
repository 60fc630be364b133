using Mediator;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.Account.Commands.RemovePasskey;

/// <summary>AUTH-9: removes a passkey of the user's own; another's does not exist for it.</summary>
public sealed record RemovePasskey(string PasskeyId) : ICommand, IAllowed
{
    public Roles Allowed => Roles.SignedIn;
}

public sealed class RemovePasskeyHandler(IPasskeys passkeys, ICurrentUser user) : ICommandHandler<RemovePasskey>
{
    private Guid Me => user.ContactId ?? throw new UnauthenticatedException();

    public async ValueTask<Unit> Handle(RemovePasskey command, CancellationToken cancellationToken) =>
        await passkeys.RemoveAsync(Me, command.PasskeyId, cancellationToken) ? Unit.Value : throw new NotFoundException();
}
