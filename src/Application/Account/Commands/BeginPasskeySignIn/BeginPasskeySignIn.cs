using Mediator;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.Account.Commands.BeginPasskeySignIn;

/// <summary>AUTH-9: the WebAuthn request options for "sign in with a passkey" on the login page.</summary>
public sealed record BeginPasskeySignIn : ICommand<string>, IAllowed
{
    public Roles Allowed => Roles.Anonymous;
}

public sealed class BeginPasskeySignInHandler(IPasskeys passkeys) : ICommandHandler<BeginPasskeySignIn, string>
{
    public async ValueTask<string> Handle(BeginPasskeySignIn command, CancellationToken cancellationToken) =>
        await passkeys.RequestOptionsAsync(cancellationToken);
}
