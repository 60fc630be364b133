using Portal.Application.Common.Mail;

namespace Portal.Application.Common.Outbox;

/// <summary>Adds work to the outbox inside the current unit of work; nothing is sent before the commit.</summary>
public interface IOutbox
{
    void EnqueueMail(MailEnvelope mail);
}
