namespace Portal.Application.Common.Mail;

/// <summary>
/// A rendered e-mail, ready for SMTP: written to the outbox, sent by the outbox worker (MAIL-2).
/// A <paramref name="Secret"/> mail (a sign-in code, a reset link) has its content erased once delivered.
/// </summary>
public sealed record MailEnvelope(string To, string? ToName, string Subject, string TextBody, string? HtmlBody = null, bool Secret = false);
