using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Account.Commands.VerifyMfa;
using Portal.Application.Account.Queries.GetMfaChallenge;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Mail;
using Portal.Application.Common.Outbox;
using Portal.Application.Common.Security;
namespace Portal.Application.Account.Commands.SendMfaCode;

/// <summary>What the user is told after asking for a code.</summary>
public enum MfaCodeSent
{
    /// <summary>A new code was mailed.</summary>
    Sent,

    /// <summary>None was mailed: the previous one, under 30 seconds old, is still valid (e.g. a second sign-in right after the first).</summary>
    EarlierCodeValid,
}

/// <summary>AUTH-5 (a): mails a 6-digit code to the signing-in user, at most every 30 seconds.</summary>
public sealed record SendMfaCode : ICommand<MfaCodeSent>, IAllowed
{
    public Roles Allowed => Roles.Anonymous;
}

public sealed class SendMfaCodeHandler(ISignInService signIn, IApplicationDbContext db, IOutbox outbox, TimeProvider clock)
    : ICommandHandler<SendMfaCode, MfaCodeSent>
{
    public async ValueTask<MfaCodeSent> Handle(SendMfaCode command, CancellationToken cancellationToken)
    {
        var challenge = await signIn.PendingMfaAsync(cancellationToken) ?? throw new UnauthenticatedException();
        if (!challenge.Methods.Contains(MfaMethod.EmailCode))
            throw new ForbiddenAccessException();
        if (MfaRules.ResendInSeconds(challenge, clock.GetUtcNow()) > 0)
            return MfaCodeSent.EarlierCodeValid; // codes live 5 minutes: the one mailed under 30 s ago still works

        var code = await signIn.IssueEmailCodeAsync(challenge.ContactId, cancellationToken);
        var contact = await db.ContactsSigningIn().AsNoTracking().SingleAsync(c => c.Id == challenge.ContactId, cancellationToken);
        outbox.EnqueueMail(MailText.Letter(contact, MailText.Get(contact.Language, "MfaCode.Subject"),
            MailText.Get(contact.Language, "MfaCode.Body", code), secret: true));
        return MfaCodeSent.Sent;
    }
}
