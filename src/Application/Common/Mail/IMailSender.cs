namespace Portal.Application.Common.Mail;

/// <summary>Delivers one rendered mail (SMTP, or .eml files when no server is configured).</summary>
public interface IMailSender
{
    /// <param name="messageId">Stable id of the outbox row, used as the Message-ID so a retry is recognisable.</param>
    Task SendAsync(MailEnvelope mail, Guid messageId, CancellationToken cancellationToken);
}
