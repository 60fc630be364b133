using MailKit.Security;

namespace Portal.Infrastructure.Mail;

/// <summary>Section "Mail" (MAIL-1): sender identity and SMTP server. No host: mail goes to .eml files.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string FromAddress { get; set; } = "sac@portal.example.fm";

    public string FromName { get; set; } = "セキュリティアドバイザリーセンター";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 25;

    public SecureSocketOptions SmtpSecurity { get; set; } = SecureSocketOptions.Auto;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>How long one SMTP operation may take; well under the outbox worker's 5-minute claim on a row.</summary>
    public int SmtpTimeoutSeconds { get; set; } = 30;

    /// <summary>Where .eml files go without SMTP; relative paths are under the data folder.</summary>
    public string PickupFolder { get; set; } = "mail";
}
