using Mediator;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.Account.Commands.BeginPasskeyRegistration;

/// <summary>AUTH-9: the WebAuthn creation options for a new passkey of the signed-in user.</summary>
public sealed record BeginPasskeyRegistration : ICommand<string>, IAllowed
{
    public Roles Allowed => Roles.SignedIn;
}

public sealed class BeginPasskeyRegistrationHandler(IPasskeys passkeys, ICurrentUser user) : ICommandHandler<BeginPasskeyRegistration, string>
{
    private Guid Me => user.ContactId ?? throw new UnauthenticatedException();

    public async ValueTask<string> Handle(BeginPasskeyRegistration command, CancellationToken cancellationToken) =>
        await passkeys.CreationOptionsAsync(Me, cancellationToken);
}
