using Mediator;
using Portal.Application.Account.Commands.SignIn;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.LoginHistory;

namespace Portal.Application.Account.Commands.PasskeySignIn;

/// <summary>AUTH-9: sign in with a passkey instead of password and code; disabled or locked users are refused.</summary>
public sealed record PasskeySignIn(string CredentialJson, string? IpAddress, string? UserAgent) : ICommand<SignInOutcome>, IAllowed
{
    public Roles Allowed => Roles.Anonymous;
}

public sealed class PasskeySignInHandler(IPasskeys passkeys, LoginHistoryRecorder history, SignInRecorder recorder)
    : ICommandHandler<PasskeySignIn, SignInOutcome>
{
    public async ValueTask<SignInOutcome> Handle(PasskeySignIn command, CancellationToken cancellationToken)
    {
        var check = await passkeys.SignInAsync(command.CredentialJson, cancellationToken);
        var userId = check.ContactId is { } id ? await history.UserIdOfAsync(id, cancellationToken) : "(passkey)";
        if (check.Result == SignInStatus.Succeeded)
            await history.RecordAsync(LoginEventKind.PasskeySignIn, userId, check.ContactId, command.IpAddress, command.UserAgent, cancellationToken);
        return await recorder.RecordAsync(check, userId, step: null, command.IpAddress, command.UserAgent, cancellationToken);
    }
}
