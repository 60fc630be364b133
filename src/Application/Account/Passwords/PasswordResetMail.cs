using System.Globalization;
using System.Text;
using Portal.Application.Common.Mail;
using Portal.Domain.Contacts;

namespace Portal.Application.Account.Passwords;

/// <summary>MAIL-1 "password reset", in the contact's language, to its registered address only (AUTH-4).</summary>
public static class PasswordResetMail
{
    /// <summary>The reset link; a secret mail: its content is erased from the outbox once delivered.</summary>
    public static MailEnvelope Link(Contact contact, Uri link)
    {
        var language = contact.Language;
        var body = new StringBuilder()
            .AppendLine(MailText.Get(language, "PasswordReset.Body", (int)ResetRules.LinkLifetime.TotalMinutes)).AppendLine()
            .AppendLine(link.ToString()).AppendLine()
            .AppendLine(MailText.Get(language, "PasswordReset.NotYou"));
        return MailText.Letter(contact, MailText.Get(language, "PasswordReset.Subject"), body.ToString(), secret: true);
    }

    /// <summary>A matching request inside the 24-hour cool-down: the owner learns why no link came and when to retry.</summary>
    public static MailEnvelope CoolingDown(Contact contact, DateTimeOffset retryAfter)
    {
        var language = contact.Language;
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(contact.TimeZone, out var own) ? own : TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTime(retryAfter, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var body = new StringBuilder()
            .AppendLine(MailText.Get(language, "PasswordResetRefused.Body", local, contact.TimeZone)).AppendLine()
            .AppendLine(MailText.Get(language, "PasswordReset.NotYou"));
        return MailText.Letter(contact, MailText.Get(language, "PasswordResetRefused.Subject"), body.ToString());
    }
}
