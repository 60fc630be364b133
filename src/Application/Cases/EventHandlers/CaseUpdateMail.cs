using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Mail;
using Portal.Application.Common.Outbox;
using Portal.Domain.Cases;
using Portal.Domain.Common;
using Portal.Domain.Contacts;

namespace Portal.Application.Cases.EventHandlers;

/// <summary>
/// MAIL-1 / CASE-10: a public update of a case goes to its contact (none for alerts) and its watchers,
/// each once, in its own language; only active contacts who may still see the case (TEN-1), never the
/// person who made the update.
/// </summary>
internal static class CaseUpdateMail
{
    /// <param name="subjectKey">MailText key formatted with the case number, the subject text and then <paramref name="subjectArgs"/>.</param>
    /// <param name="body">Writes the event's own lines (after the greeting) in the recipient's language.</param>
    public static async Task EnqueueAsync(IApplicationDbContext db, IOutbox outbox, PortalOptions portal, Guid caseId,
        Guid? exceptContactId, string subjectKey, Func<Language, object?[]> subjectArgs, Action<StringBuilder, Language> body,
        CancellationToken cancellationToken)
    {
        var head = await db.Cases.AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new { c.Number, c.Subject, c.ContactId, c.CustomerAccountId, Watchers = c.Watchers.Select(w => w.ContactId).ToList() })
            .SingleAsync(cancellationToken);
        var ids = new List<Guid>();
        if (head.ContactId is { } contactId)
        {
            ids.Add(contactId);
        }

        ids.AddRange(head.Watchers);
        ids = ids.Distinct().Where(id => id != exceptContactId).ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var recipients = await db.Contacts.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Where(Contact.MayReadAccount(head.CustomerAccountId))
            .ToListAsync(cancellationToken);

        var link = new Uri(portal.BaseUrl, $"Cases/{head.Number}");
        foreach (var contact in recipients.OrderBy(c => ids.IndexOf(c.Id)))
        {
            var language = contact.Language;
            var text = new StringBuilder();
            body(text, language);
            text.AppendLine()
                .Append(MailText.Get(language, "Mail.CaseNumber")).Append(": ").AppendLine(head.Number)
                .Append(MailText.Get(language, "Mail.Subject")).Append(": ").AppendLine(head.Subject)
                .Append(MailText.Get(language, "Mail.Link")).Append(": ").AppendLine(link.ToString());
            object?[] args = [head.Number, head.Subject, .. subjectArgs(language)];
            outbox.EnqueueMail(MailText.Letter(contact, MailText.Get(language, subjectKey, args), text.ToString()));
        }
    }

    public static string StatusName(Language language, CaseStatus status) => MailText.Get(language, $"CaseStatus.{status}");
}
