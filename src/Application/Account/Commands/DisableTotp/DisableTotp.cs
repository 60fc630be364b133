using Mediator;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.Account.Commands.DisableTotp;

/// <summary>AUTH-5 (b): removes the authenticator app from the user's second factors.</summary>
public sealed record DisableTotp : ICommand, IAllowed
{
    public Roles Allowed => Roles.SignedIn;
}

public sealed class DisableTotpHandler(IAccountSecurity security, ICurrentUser user) : ICommandHandler<DisableTotp>
{
    private Guid Me => user.ContactId ?? throw new UnauthenticatedException();

    public async ValueTask<Unit> Handle(DisableTotp command, CancellationToken cancellationToken)
    {
        await security.DisableTotpAsync(Me, cancellationToken);
        return Unit.Value;
    }
}
