using Microsoft.Extensions.Options;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Mail;
using Portal.Application.Common.Outbox;
using Portal.Domain.Cases.Events;

namespace Portal.Application.Cases.EventHandlers;

/// <summary>MAIL-1 "status change" (In progress, Awaiting customer, …) to the case's contact and watchers.</summary>
public sealed class CaseStatusChangedMail(IApplicationDbContext db, IOutbox outbox, IOptions<PortalOptions> portal)
    : IDomainEventHandler<CaseStatusChanged>
{
    public Task HandleAsync(CaseStatusChanged domainEvent, CancellationToken cancellationToken) =>
        CaseUpdateMail.EnqueueAsync(db, outbox, portal.Value, domainEvent.CaseId, domainEvent.ById,
            "CaseStatusChanged.Subject", language => [CaseUpdateMail.StatusName(language, domainEvent.To)],
            (text, language) => text.AppendLine(MailText.Get(language, "CaseStatusChanged.Body",
                CaseUpdateMail.StatusName(language, domainEvent.From), CaseUpdateMail.StatusName(language, domainEvent.To))),
            cancellationToken);
}
