using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Account;
using Portal.Application.Account.Commands.ChangeLanguage;
using Portal.Application.Account.Commands.ChangePassword;
using Portal.Application.Account.Commands.RequestPasswordReset;
using Portal.Application.Account.Commands.SignIn;
using Portal.Application.Account.Commands.SignOut;
using Portal.Application.Account.Passwords;
using Portal.Application.Admin.Commands.UnlockContact;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Common;
using Portal.Domain.LoginHistory;
namespace Portal.Application.Account.Commands.ResetPassword;

/// <summary>
/// AUTH-4 step ③ リセット: a new password through the mailed link (also a new contact's first password).
/// The link works once: setting the password changes the security stamp every token is bound to.
/// </summary>
public sealed record ResetPassword(Guid ContactId, string Token, string NewPassword, string ConfirmPassword, string? IpAddress, string? UserAgent)
    : ICommand, IAllowed
{
    /// <summary>Code of the refusal when the link is expired, used or not genuine.</summary>
    public const string LinkInvalid = "Password.ResetLinkInvalid";

    public Roles Allowed => Roles.Anonymous;
}

public sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator(IApplicationDbContext db)
    {
        RuleFor(x => x.Token).NotEmpty();
        RuleFor(x => x.NewPassword).Cascade(CascadeMode.Stop).NotEmpty()
            .MeetsPasswordPolicy((command, cancellationToken) => db.PasswordOwnerAsync(command.ContactId, cancellationToken));
        RuleFor(x => x.ConfirmPassword).RepeatsPassword(x => x.NewPassword);
    }
}

public sealed class ResetPasswordHandler(IPasswordService passwords, IApplicationDbContext db, IUserSessions sessions, LoginHistoryRecorder history)
    : ICommandHandler<ResetPassword>
{
    public async ValueTask<Unit> Handle(ResetPassword command, CancellationToken cancellationToken)
    {
        if (!await passwords.ResetAsync(command.ContactId, command.Token, command.NewPassword))
            throw Rule.Broken(ResetPassword.LinkInvalid);
        await sessions.EndAllAsync(command.ContactId, cancellationToken); // AUTH-6: whoever held a session loses it now
        var userId = await db.ContactsSigningIn().Where(c => c.Id == command.ContactId).Select(c => c.UserId).SingleAsync(cancellationToken);
        await history.RecordAsync(LoginEventKind.PasswordResetCompleted, userId, command.ContactId, command.IpAddress, command.UserAgent, cancellationToken);
        return Unit.Value;
    }
}
