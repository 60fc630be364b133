using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Mail;
using Portal.Application.Common.Outbox;
using Portal.Domain.Cases.Events;

namespace Portal.Application.Cases.EventHandlers;

/// <summary>
/// MAIL-1 "agent comment": a public agent comment, as plain text, to the case's contact and watchers.
/// Work notes never leave the portal (AGT-1); a customer's own comment is not mailed back.
/// </summary>
public sealed class CaseCommentedMail(IApplicationDbContext db, IOutbox outbox, IOptions<PortalOptions> portal)
    : IDomainEventHandler<CaseCommented>
{
    public async Task HandleAsync(CaseCommented domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.IsWorkNote || !domainEvent.IsFromAgent)
            return;

        // The stored comment decides again: only a public agent comment is ever read for a mail.
        var html = await db.Cases.AsNoTracking().Where(c => c.Id == domainEvent.CaseId)
            .SelectMany(c => c.Comments)
            .Where(m => m.Id == domainEvent.CommentId && !m.IsWorkNote && m.IsFromAgent)
            .Select(m => m.BodyHtml)
            .SingleOrDefaultAsync(cancellationToken);
        if (html is null)
            return;

        var comment = HtmlText.ToPlainText(html);
        await CaseUpdateMail.EnqueueAsync(db, outbox, portal.Value, domainEvent.CaseId, domainEvent.AuthorId,
            "CaseCommented.Subject", _ => [],
            (text, language) => text
                .AppendLine(MailText.Get(language, "CaseCommented.Body")).AppendLine()
                .Append(MailText.Get(language, "Mail.Comment")).AppendLine(":")
                .AppendLine(comment),
            cancellationToken);
    }
}
