using Microsoft.EntityFrameworkCore;
using Portal.Application.Account.Commands.ChangeLanguage;
using Portal.Application.Account.Commands.ChangePassword;
using Portal.Application.Account.Commands.RequestPasswordReset;
using Portal.Application.Account.Commands.ResetPassword;
using Portal.Application.Account.Commands.SignIn;
using Portal.Application.Account.Commands.SignOut;
using Portal.Application.Admin.Commands.UnlockContact;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Mail;
using Portal.Application.Common.Outbox;
using Portal.Application.Common.Security;
using Portal.Domain.LoginHistory;

namespace Portal.Application.Account;

/// <summary>
/// What every sign-in step leaves behind: its login-history rows (AUTH-8) and, when the step locked the
/// account, the mail that tells the user (AUTH-2). Returns what the visitor may know.
/// </summary>
public sealed class SignInRecorder(LoginHistoryRecorder history, IApplicationDbContext db, IOutbox outbox)
{
    /// <param name="step">The second factor checked, or null for the password step.</param>
    public async Task<SignInOutcome> RecordAsync(SignInCheck check, string userId, MfaMethod? step, string? ipAddress, string? userAgent,
        CancellationToken cancellationToken)
    {
        if (step is not null && check.Result != SignInStatus.RequiresMfa)
        {
            var mfa = check.Result == SignInStatus.Succeeded ? LoginEventKind.MfaSucceeded : LoginEventKind.MfaFailed;
            await history.RecordAsync(mfa, userId, check.ContactId, ipAddress, userAgent, cancellationToken, step.ToString());
        }

        var kind = check.Result switch
        {
            SignInStatus.Succeeded => LoginEventKind.LoginSucceeded,
            SignInStatus.LockedOut => LoginEventKind.LockedOut,
            SignInStatus.Failed when step is null => LoginEventKind.LoginFailed,
            _ => (LoginEventKind?)null, // waiting for the second factor, or a wrong code already recorded above
        };
        if (kind is { } recorded)
            await history.RecordAsync(recorded, userId, check.ContactId, ipAddress, userAgent, cancellationToken);
        if (check.LockedNow && check.ContactId is { } contactId)
            await TellLockedAsync(contactId, cancellationToken);

        return check.Result switch
        {
            SignInStatus.Succeeded => SignInOutcome.SignedIn,
            SignInStatus.RequiresMfa => SignInOutcome.MfaRequired,
            _ => SignInOutcome.Refused,
        };
    }

    private async Task TellLockedAsync(Guid contactId, CancellationToken cancellationToken)
    {
        var contact = await db.ContactsSigningIn().AsNoTracking().SingleAsync(c => c.Id == contactId, cancellationToken);
        outbox.EnqueueMail(MailText.Letter(contact, MailText.Get(contact.Language, "Lockout.Subject"),
            MailText.Get(contact.Language, "Lockout.Body", contact.UserId)));
    }
}
