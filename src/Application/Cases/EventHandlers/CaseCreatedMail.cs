using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Mail;
using Portal.Application.Common.Outbox;
using Portal.Domain.Cases.Events;

namespace Portal.Application.Cases.EventHandlers;

/// <summary>MAIL-1 "case created": the case's contact is told the number, in its own language.</summary>
public sealed class CaseCreatedMail(IApplicationDbContext db, IOutbox outbox, IOptions<PortalOptions> portal)
    : IDomainEventHandler<CaseCreated>
{
    public async Task HandleAsync(CaseCreated domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.ContactId is not { } contactId)
            return; // alerts have no contact of their own; their mail goes to the account's contacts (API-1)
        var created = await db.Cases.AsNoTracking().Where(c => c.Id == domainEvent.CaseId).Select(c => new { c.Subject, c.WorkRequestId })
            .SingleAsync(cancellationToken);
        if (created.WorkRequestId is not null)
            return; // WR-2: the acceptance mail names the case; one mail for one step
        var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, cancellationToken);
        var subject = created.Subject;
        var language = contact.Language;
        var link = new Uri(portal.Value.BaseUrl, $"Cases/{domainEvent.Number}");
        var body = new StringBuilder()
            .AppendLine(MailText.Get(language, "CaseCreated.Body")).AppendLine()
            .Append(MailText.Get(language, "Mail.CaseNumber")).Append(": ").AppendLine(domainEvent.Number)
            .Append(MailText.Get(language, "Mail.Subject")).Append(": ").AppendLine(subject)
            .Append(MailText.Get(language, "Mail.Link")).Append(": ").AppendLine(link.ToString());
        outbox.EnqueueMail(MailText.Letter(contact, MailText.Get(language, "CaseCreated.Subject", domainEvent.Number, subject), body.ToString()));
    }
}
