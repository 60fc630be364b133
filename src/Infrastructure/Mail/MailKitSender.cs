using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Portal.Application.Common.Mail;

namespace Portal.Infrastructure.Mail;

/// <summary>Sends over SMTP with MailKit, or writes an .eml file per mail when no SMTP host is set (offline demo).</summary>
internal sealed partial class MailKitSender(IOptions<MailOptions> options, PortalPaths paths, ILogger<MailKitSender> logger) : IMailSender
{
    public async Task SendAsync(MailEnvelope mail, Guid messageId, CancellationToken cancellationToken)
    {
        var o = options.Value;
        using var message = Build(mail, messageId, o);
        if (string.IsNullOrWhiteSpace(o.SmtpHost))
        {
            var folder = paths.Resolve(o.PickupFolder);
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, $"{messageId:N}.eml");
            await message.WriteToAsync(file, cancellationToken);
            WroteFile(mail.To, mail.Subject, file);
            return;
        }

        using var smtp = new SmtpClient { Timeout = o.SmtpTimeoutSeconds * 1000 };
        await smtp.ConnectAsync(o.SmtpHost, o.SmtpPort, o.SmtpSecurity, cancellationToken);
        if (!string.IsNullOrEmpty(o.SmtpUser))
            await smtp.AuthenticateAsync(o.SmtpUser, o.SmtpPassword ?? string.Empty, cancellationToken);
        await smtp.SendAsync(message, cancellationToken);
        await smtp.DisconnectAsync(quit: true, cancellationToken);
        Sent(mail.To, mail.Subject);
    }

    private static MimeMessage Build(MailEnvelope mail, Guid messageId, MailOptions o)
    {
        var message = new MimeMessage { Subject = mail.Subject, MessageId = $"{messageId:N}@portal" };
        message.From.Add(new MailboxAddress(o.FromName, o.FromAddress));
        message.To.Add(new MailboxAddress(mail.ToName ?? mail.To, mail.To));
        var body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody };
        message.Body = body.ToMessageBody();
        return message;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail to {To} \"{Subject}\" written to {File} (no SMTP host configured)")]
    private partial void WroteFile(string to, string subject, string file);

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail to {To} \"{Subject}\" sent")]
    private partial void Sent(string to, string subject);
}
