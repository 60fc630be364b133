using Mediator;
using Portal.Application.Account.Commands;
using Portal.Application.Account.Services;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.Account.Passkeys;

/// <summary>AUTH-9: the WebAuthn request options for "sign in with a passkey" on the login page.</summary>
public sealed record BeginPasskeySignIn : ICommand<string>, IAllowed
{
    public Roles Allowed => Roles.Anonymous;
}

/// <summary>AUTH-9: sign in with a passkey instead of password and code; disabled or locked users are refused.</summary>
public sealed record PasskeySignIn(string CredentialJson, string? IpAddress, string? UserAgent) : ICommand<SignInOutcome>, IAllowed
{
    public Roles Allowed => Roles.Anonymous;
}

public sealed class PasskeySignInHandlers(IPasskeys passkeys, LoginHistoryRecorder history, SignInRecorder recorder)
    : ICommandHandler<BeginPasskeySignIn, string>, ICommandHandler<PasskeySignIn, SignInOutcome>
{
    public async ValueTask<string> Handle(BeginPasskeySignIn command, CancellationToken cancellationToken) =>
        await passkeys.RequestOptionsAsync(cancellationToken);

    public async ValueTask<SignInOutcome> Handle(PasskeySignIn command, CancellationToken cancellationToken)
    {
        var check = await passkeys.SignInAsync(command.CredentialJson, cancellationToken);
        var userId = check.ContactId is { } id ? await history.UserIdOfAsync(id, cancellationToken) : "(passkey)";
        if (check.Result == SignInStatus.Succeeded)
            await history.RecordAsync(Domain.LoginHistory.LoginEventKind.PasskeySignIn, userId, check.ContactId, command.IpAddress, command.UserAgent, cancellationToken);
        return await recorder.RecordAsync(check, userId, step: null, command.IpAddress, command.UserAgent, cancellationToken);
    }
}
