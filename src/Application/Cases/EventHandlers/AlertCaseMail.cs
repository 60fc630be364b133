using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Mail;
using Portal.Application.Common.Outbox;
using Portal.Domain.Cases;
using Portal.Domain.Cases.Events;
using Portal.Domain.Contacts;

namespace Portal.Application.Cases.EventHandlers;

/// <summary>
/// MAIL-1 "alert case" (API-1): a new alert case is mailed to the contacts of its account, and only them,
/// each in its own language and time zone: severity, detect name, device, when it was detected, the link.
/// </summary>
public sealed class AlertCaseMail(IApplicationDbContext db, IOutbox outbox, IOptions<PortalOptions> portal)
    : IDomainEventHandler<CaseCreated>
{
    public async Task HandleAsync(CaseCreated domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.Category != CaseCategory.Alert)
            return;
        var alert = await db.Cases.AsNoTracking().Where(c => c.Id == domainEvent.CaseId).Select(c => new { c.Subject, c.Alert })
            .SingleAsync(cancellationToken);
        if (alert.Alert is not { } details)
            return;

        var link = new Uri(portal.Value.BaseUrl, $"Cases/{domainEvent.Number}");
        var recipients = await AlertCaseText.RecipientsOf(db, domainEvent.CustomerAccountId).AsNoTracking()
            .OrderBy(c => c.Email).ToListAsync(cancellationToken);
        foreach (var contact in recipients)
        {
            var language = contact.Language;
            var severity = AlertCaseText.SeverityName(language, details.Severity);
            var body = new StringBuilder()
                .AppendLine(MailText.Get(language, "AlertCase.Body")).AppendLine()
                .Append(MailText.Get(language, "Mail.CaseNumber")).Append(": ").AppendLine(domainEvent.Number)
                .Append(MailText.Get(language, "Mail.AlertSeverity")).Append(": ").AppendLine(severity)
                .Append(MailText.Get(language, "Mail.DetectName")).Append(": ").AppendLine(details.DetectName)
                .Append(MailText.Get(language, "Mail.Device")).Append(": ").AppendLine(details.Device ?? "-")
                .Append(MailText.Get(language, "Mail.DetectedAt")).Append(": ").AppendLine(LocalTime(contact, details.DetectedAt))
                .Append(MailText.Get(language, "Mail.Link")).Append(": ").AppendLine(link.ToString());
            outbox.EnqueueMail(MailText.Letter(contact,
                MailText.Get(language, "AlertCase.MailSubject", domainEvent.Number, severity, details.DetectName), body.ToString()));
        }
    }

    /// <summary>The instant in the contact's own time zone (its profile), named, so a reader abroad is not misled.</summary>
    private static string LocalTime(Contact contact, DateTimeOffset at)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(contact.TimeZone, out var own)
            ? own
            : TimeZoneInfo.FindSystemTimeZoneById(Contact.DefaultTimeZone);
        return $"{TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} ({zone.Id})";
    }
}
