using FluentValidation;
using Mediator;
using Portal.Application.Account;
using Portal.Application.Account.Commands.ChangeLanguage;
using Portal.Application.Account.Commands.ChangePassword;
using Portal.Application.Account.Commands.RequestPasswordReset;
using Portal.Application.Account.Commands.ResetPassword;
using Portal.Application.Account.Commands.SendMfaCode;
using Portal.Application.Account.Commands.SignIn;
using Portal.Application.Account.Commands.SignOut;
using Portal.Application.Account.Queries.GetMfaChallenge;
using Portal.Application.Admin.Commands.UnlockContact;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
namespace Portal.Application.Account.Commands.VerifyMfa;

/// <summary>
/// AUTH-5: the second factor. A wrong code counts toward lockout (e); "don't ask on this browser for
/// 8 hours" (d) remembers the browser on success.
/// </summary>
public sealed record VerifyMfa(MfaMethod Method, string Code, bool RememberBrowser, string? IpAddress, string? UserAgent)
    : ICommand<SignInOutcome>, IAllowed
{
    public Roles Allowed => Roles.Anonymous;
}

public sealed class VerifyMfaValidator : AbstractValidator<VerifyMfa>
{
    public VerifyMfaValidator() => RuleFor(x => x.Code).NotEmpty().MaximumLength(16);
}

public sealed class VerifyMfaHandler(ISignInService signIn, SignInRecorder recorder) : ICommandHandler<VerifyMfa, SignInOutcome>
{
    public async ValueTask<SignInOutcome> Handle(VerifyMfa command, CancellationToken cancellationToken)
    {
        var pending = await signIn.PendingMfaAsync(cancellationToken);
        if (pending is null)
            return SignInOutcome.Refused;
        var check = await signIn.MfaSignInAsync(command.Method, command.Code, command.RememberBrowser, command.IpAddress, command.UserAgent);
        return await recorder.RecordAsync(check, pending.UserId, command.Method, command.IpAddress, command.UserAgent, cancellationToken);
    }
}
