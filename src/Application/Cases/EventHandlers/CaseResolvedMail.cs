using Microsoft.Extensions.Options;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Mail;
using Portal.Application.Common.Outbox;
using Portal.Domain.Cases.Events;

namespace Portal.Application.Cases.EventHandlers;

/// <summary>MAIL-1 "resolved, please accept": the resolution and the link to accept or reject it.</summary>
public sealed class CaseResolvedMail(IApplicationDbContext db, IOutbox outbox, IOptions<PortalOptions> portal)
    : IDomainEventHandler<CaseResolved>
{
    public Task HandleAsync(CaseResolved domainEvent, CancellationToken cancellationToken) =>
        CaseUpdateMail.EnqueueAsync(db, outbox, portal.Value, domainEvent.CaseId, domainEvent.ById,
            "CaseResolved.Subject", _ => [],
            (text, language) => text
                .AppendLine(MailText.Get(language, "CaseResolved.Body")).AppendLine()
                .Append(MailText.Get(language, "Mail.Resolution")).AppendLine(":")
                .AppendLine(domainEvent.Resolution),
            cancellationToken);
}
