namespace Portal.Application.Common.Mail;

/// <summary>A rendered e-mail, ready for SMTP: written to the outbox, sent by the outbox worker (MAIL-2).</summary>
public sealed record MailEnvelope(string To, string? ToName, string Subject, string TextBody, string? HtmlBody = null);
