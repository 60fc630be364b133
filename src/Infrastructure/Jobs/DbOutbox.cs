using System.Text.Json;
using Portal.Application.Common.Mail;
using Portal.Application.Common.Outbox;
using Portal.Domain.Outbox;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Jobs;

/// <summary>Adds mail to the outbox table through the request's DbContext: it commits with the command.</summary>
internal sealed class DbOutbox(PortalDbContext db, TimeProvider clock) : IOutbox
{
    public void EnqueueMail(MailEnvelope mail) =>
        db.Add(OutboxMessage.Create(OutboxProcessor.MailType, JsonSerializer.Serialize(mail), clock.GetUtcNow()));
}
