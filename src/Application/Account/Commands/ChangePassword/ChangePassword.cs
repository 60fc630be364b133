using FluentValidation;
using Mediator;
using Portal.Application.Account;
using Portal.Application.Account.Commands.ChangeLanguage;
using Portal.Application.Account.Commands.RequestPasswordReset;
using Portal.Application.Account.Commands.ResetPassword;
using Portal.Application.Account.Commands.SignIn;
using Portal.Application.Account.Commands.SignOut;
using Portal.Application.Account.Passwords;
using Portal.Application.Admin.Commands.UnlockContact;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.LoginHistory;
namespace Portal.Application.Account.Commands.ChangePassword;

/// <summary>
/// AUTH-7 (guide 4.13.4): current, new and confirmed password. Returns false for a wrong current password,
/// which counts toward lockout like a wrong sign-in (AUTH-2) and is kept, not rolled back.
/// </summary>
public sealed record ChangePassword(string CurrentPassword, string NewPassword, string ConfirmPassword, string? IpAddress, string? UserAgent)
    : ICommand<bool>, IAllowed
{
    public Roles Allowed => Roles.SignedIn;
}

public sealed class ChangePasswordValidator : AbstractValidator<ChangePassword>
{
    public ChangePasswordValidator(IApplicationDbContext db, ICurrentUser user)
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().MaximumLength(128);
        RuleFor(x => x.NewPassword).Cascade(CascadeMode.Stop).NotEmpty()
            .MeetsPasswordPolicy((_, cancellationToken) => db.PasswordOwnerAsync(user.ContactId, cancellationToken))
            .NotEqual(x => x.CurrentPassword).WithErrorCode("Password.SameAsCurrent").WithMessage(_ => PasswordText.Get("Password.SameAsCurrent"));
        RuleFor(x => x.ConfirmPassword).RepeatsPassword(x => x.NewPassword);
    }
}

public sealed class ChangePasswordHandler(IPasswordService passwords, ISignInService signIn, IUserSessions sessions, ICurrentUser user,
    LoginHistoryRecorder history, SignInRecorder failures) : ICommandHandler<ChangePassword, bool>
{
    public async ValueTask<bool> Handle(ChangePassword command, CancellationToken cancellationToken)
    {
        var contactId = user.ContactId ?? throw new UnauthenticatedException();
        var userId = user.UserId ?? string.Empty;
        var result = await passwords.ChangeAsync(contactId, command.CurrentPassword, command.NewPassword);
        if (result != PasswordChangeResult.Changed)
        {
            // Recorded like a wrong sign-in; the fifth locks the account and the user is told by mail (AUTH-2).
            var check = result == PasswordChangeResult.LockedNow
                ? new SignInCheck(SignInStatus.LockedOut, contactId, LockedNow: true)
                : new SignInCheck(SignInStatus.Failed, contactId);
            await failures.RecordAsync(check, userId, step: null, command.IpAddress, command.UserAgent, cancellationToken);
            return false;
        }

        await history.RecordAsync(LoginEventKind.PasswordChanged, userId, contactId, command.IpAddress, command.UserAgent, cancellationToken);
        // AUTH-6: the other sessions end now, not at their next security-stamp check; this browser stays
        // signed in with the new stamp in its session.
        await sessions.EndOthersAsync(contactId, cancellationToken);
        await signIn.RefreshAsync(contactId);
        return true;
    }
}
