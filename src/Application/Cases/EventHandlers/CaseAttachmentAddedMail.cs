using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Mail;
using Portal.Application.Common.Outbox;
using Portal.Domain.Cases.Events;
using Portal.Domain.Contacts;

namespace Portal.Application.Cases.EventHandlers;

/// <summary>
/// MAIL-1 / CASE-8: a file an agent attached is a public update, told to the case's contact and watchers.
/// A customer's own upload is not mailed back, like its comments.
/// </summary>
public sealed class CaseAttachmentAddedMail(IApplicationDbContext db, IOutbox outbox, IOptions<PortalOptions> portal)
    : IDomainEventHandler<CaseAttachmentAdded>
{
    public async Task HandleAsync(CaseAttachmentAdded domainEvent, CancellationToken cancellationToken)
    {
        var byAgent = await db.Contacts.AsNoTracking().Where(ContactRoles.IsStaff).AnyAsync(c => c.Id == domainEvent.UploadedById, cancellationToken);
        if (!byAgent)
            return;

        await CaseUpdateMail.EnqueueAsync(db, outbox, portal.Value, domainEvent.CaseId, domainEvent.UploadedById,
            "CaseAttachmentAdded.Subject", _ => [],
            (text, language) => text
                .AppendLine(MailText.Get(language, "CaseAttachmentAdded.Body")).AppendLine()
                .Append(MailText.Get(language, "Mail.FileName")).Append(": ").AppendLine(domainEvent.FileName),
            cancellationToken);
    }
}
