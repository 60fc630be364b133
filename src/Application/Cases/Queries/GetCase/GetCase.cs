using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Cases;
using Portal.Domain.Contacts;

namespace Portal.Application.Cases.Queries.GetCase;

/// <summary>
/// CASE-7: a case by its number. A case the user may not see is not found, exactly like an unknown number
/// (TEN-1, TEN-2); work notes are returned to agents only (AGT-1).
/// </summary>
public sealed record GetCase(string Number) : IQuery<CaseDetail>, IAllowed
{
    public Roles Allowed => CaseActors.Readers;
}

public sealed class GetCaseHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetCase, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(GetCase query, CancellationToken cancellationToken)
    {
        if (!Case.IsValidNumber(query.Number))
        {
            throw new NotFoundException();
        }

        var cases = db.Cases.AsNoTracking().Where(c => c.Number == query.Number);
        var head = await (from j in CaseProjection.Join(db, cases)
                          select new
                          {
                              j.Case.Number,
                              j.Case.Version,
                              j.Case.Status,
                              j.Case.Category,
                              j.Case.Subject,
                              j.Case.Description,
                              j.Case.Resolution,
                              j.Case.CreatedAt,
                              j.Case.UpdatedAt,
                              j.Case.AssignedAgentId,
                              CustomerNumber = j.Account.Number,
                              Contractor = j.Company.Name,
                              j.Service.NameJa,
                              j.Service.NameEn,
                              ContactFirstName = j.Contact == null ? null : j.Contact.FirstName,
                              ContactLastName = j.Contact == null ? null : j.Contact.LastName,
                              j.Case.Alert,
                              j.Case.AlertResponse,
                              j.Case.AlertRespondedAt,
                              WorkRequestNumber = db.WorkRequests.Where(w => w.Id == j.Case.WorkRequestId).Select(w => w.Number).FirstOrDefault(),
                          }).SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();

        var actions = CaseActions.For(user, head.Status, head.Alert is not null && head.AlertResponse is null);
        var withWorkNotes = actions.ReadWorkNotes;
        var comments = await cases.SelectMany(c => c.Comments)
            .Where(m => withWorkNotes || !m.IsWorkNote)
            .Select(m => new { m.CreatedAt, m.AuthorName, m.IsFromAgent, m.IsWorkNote, m.BodyHtml })
            .ToListAsync(cancellationToken);
        var changes = await cases.SelectMany(c => c.StatusChanges)
            .Select(x => new StatusChangeActivity(x.At, x.FromStatus, x.ToStatus))
            .ToListAsync(cancellationToken);

        var me = user.ContactId;
        var watched = await cases.AnyAsync(c => c.Watchers.Any(w => w.ContactId == me), cancellationToken);
        var agent = head.AssignedAgentId is { } agentId
            // The agent is provider staff, outside the customer's company: its name only, for the case it works.
            ? await db.StaffContacts().Where(x => x.Id == agentId).Select(x => new { x.FirstName, x.LastName }).FirstOrDefaultAsync(cancellationToken)
            : null;

        List<CaseActivity> activity =
        [
            // Stored as sanitized on write (CommentBody); sanitizing again on every view cost seconds per big comment.
            .. comments.Select(m => new CommentActivity(m.CreatedAt, m.AuthorName, m.IsFromAgent, m.IsWorkNote, m.BodyHtml)),
            .. changes,
        ];
        return new CaseDetail
        {
            Number = head.Number,
            Version = head.Version,
            Status = head.Status,
            Category = head.Category,
            Subject = head.Subject,
            Description = head.Description,
            CustomerNumber = head.CustomerNumber,
            Contractor = head.Contractor,
            ServiceNameJa = head.NameJa,
            ServiceNameEn = head.NameEn,
            Contact = head.ContactLastName is null ? null : Contact.FormatName(head.ContactFirstName, head.ContactLastName),
            Resolution = head.Resolution,
            WorkRequestNumber = head.WorkRequestNumber,
            CreatedAt = head.CreatedAt,
            UpdatedAt = head.UpdatedAt,
            Activity = [.. activity.OrderByDescending(a => a.At)],
            IsWatchedByMe = watched,
            AssignedAgentId = head.AssignedAgentId,
            AssignedAgentName = agent is null ? null : Contact.FormatName(agent.FirstName, agent.LastName),
            Actions = actions,
            Attachments = await CaseAttachmentList.ReadAsync(db, cases, actions.ReadFileHashes, cancellationToken),
            Alert = head.Alert is not { } alert ? null : new AlertPanel(alert.DetectionId, alert.Severity, alert.DetectName,
                alert.Device, alert.UserName, alert.Tactic, alert.Technique, alert.DetectedAt, alert.ConsoleLink,
                head.AlertResponse, head.AlertRespondedAt),
        };
    }
}
