using Mediator;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.Account.Commands.BeginTotpSetup;

/// <summary>AUTH-5 (b), guide 4.13.3: a new authenticator-app secret to scan.</summary>
public sealed record BeginTotpSetup : ICommand<TotpSetup>, IAllowed
{
    public Roles Allowed => Roles.SignedIn;
}

public sealed class BeginTotpSetupHandler(IAccountSecurity security, ICurrentUser user) : ICommandHandler<BeginTotpSetup, TotpSetup>
{
    private Guid Me => user.ContactId ?? throw new UnauthenticatedException();

    public async ValueTask<TotpSetup> Handle(BeginTotpSetup command, CancellationToken cancellationToken) =>
        await security.BeginTotpSetupAsync(Me, cancellationToken);
}
