using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Account.Commands.VerifyMfa;
using Portal.Application.Account.Queries.GetMfaChallenge;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Mail;
using Portal.Application.Common.Outbox;
using Portal.Application.Common.Security;
using Portal.Domain.Common;
namespace Portal.Application.Account.Commands.SendMfaCode;

/// <summary>AUTH-5 (a): mails a 6-digit code to the signing-in user, at most every 30 seconds.</summary>
public sealed record SendMfaCode : ICommand, IAllowed
{
    public Roles Allowed => Roles.Anonymous;
}

public sealed class SendMfaCodeHandler(ISignInService signIn, IApplicationDbContext db, IOutbox outbox, TimeProvider clock)
    : ICommandHandler<SendMfaCode>
{
    public async ValueTask<Unit> Handle(SendMfaCode command, CancellationToken cancellationToken)
    {
        var challenge = await signIn.PendingMfaAsync(cancellationToken) ?? throw new UnauthenticatedException();
        if (!challenge.Methods.Contains(MfaMethod.EmailCode))
            throw new ForbiddenAccessException();
        var wait = MfaRules.ResendInSeconds(challenge, clock.GetUtcNow());
        if (wait > 0)
            throw new DomainRuleException("Mfa.ResendTooSoon", new Dictionary<string, object?> { ["seconds"] = wait });

        var code = await signIn.IssueEmailCodeAsync(challenge.ContactId, cancellationToken);
        var contact = await db.ContactsSigningIn().AsNoTracking().SingleAsync(c => c.Id == challenge.ContactId, cancellationToken);
        outbox.EnqueueMail(MailText.Letter(contact, MailText.Get(contact.Language, "MfaCode.Subject"),
            MailText.Get(contact.Language, "MfaCode.Body", code), secret: true));
        return Unit.Value;
    }
}
