using FluentValidation;
using Mediator;
using Portal.Application.Account;
using Portal.Application.Account.Commands.ChangeLanguage;
using Portal.Application.Account.Commands.ChangePassword;
using Portal.Application.Account.Commands.RequestPasswordReset;
using Portal.Application.Account.Commands.ResetPassword;
using Portal.Application.Account.Commands.SignOut;
using Portal.Application.Admin.Commands.UnlockContact;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Contacts;
namespace Portal.Application.Account.Commands.SignIn;

/// <summary>What the visitor learns from a sign-in step: never whether the user ID exists or is locked (AUTH-2).</summary>
public enum SignInOutcome
{
    SignedIn,
    MfaRequired,
    Refused,
}

/// <summary>AUTH-1: sign in with user ID and password; every attempt is recorded (AUTH-8).</summary>
public sealed record SignIn(string UserId, string Password, string? IpAddress, string? UserAgent)
    : ICommand<SignInOutcome>, IAllowed
{
    public Roles Allowed => Roles.Anonymous;
}

public sealed class SignInValidator : AbstractValidator<SignIn>
{
    public SignInValidator()
    {
        RuleFor(x => x.UserId).NotEmpty().MaximumLength(Contact.UserIdMax);
        RuleFor(x => x.Password).NotEmpty().MaximumLength(128);
    }
}

public sealed class SignInHandler(ISignInService signIn, SignInRecorder recorder) : ICommandHandler<SignIn, SignInOutcome>
{
    public async ValueTask<SignInOutcome> Handle(SignIn command, CancellationToken cancellationToken)
    {
        var userId = command.UserId.Trim();
        var check = await signIn.PasswordSignInAsync(userId, command.Password, cancellationToken);
        return await recorder.RecordAsync(check, userId, step: null, command.IpAddress, command.UserAgent, cancellationToken);
    }
}
