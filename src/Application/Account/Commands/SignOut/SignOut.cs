using Mediator;
using Portal.Application.Account;
using Portal.Application.Account.Commands.ChangeLanguage;
using Portal.Application.Account.Commands.ChangePassword;
using Portal.Application.Account.Commands.RequestPasswordReset;
using Portal.Application.Account.Commands.ResetPassword;
using Portal.Application.Account.Commands.SignIn;
using Portal.Application.Admin.Commands.UnlockContact;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.LoginHistory;
namespace Portal.Application.Account.Commands.SignOut;

/// <summary>Logout from the user menu (guide 4.3), recorded in the login history (AUTH-8).</summary>
public sealed record SignOut(string? IpAddress, string? UserAgent) : ICommand, IAllowed
{
    public Roles Allowed => Roles.SignedIn;
}

public sealed class SignOutHandler(ISignInService signIn, ICurrentUser user, LoginHistoryRecorder history) : ICommandHandler<SignOut>
{
    public async ValueTask<Unit> Handle(SignOut command, CancellationToken cancellationToken)
    {
        await history.RecordAsync(LoginEventKind.Logout, user.UserId ?? string.Empty, user.ContactId, command.IpAddress, command.UserAgent, cancellationToken);
        await signIn.SignOutAsync();
        return Unit.Value;
    }
}
