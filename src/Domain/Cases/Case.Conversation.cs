using Portal.Domain.Cases.Events;
using Portal.Domain.Common;

namespace Portal.Domain.Cases;

/// <summary>Comments, attachments, watchers and assignment (CASE-7, CASE-8, CASE-10, AGT-1).</summary>
public sealed partial class Case
{
    /// <summary>
    /// A comment; only agents write work notes. A customer comment on an Awaiting-customer case moves
    /// it to In progress, and so does an agent's first public reply on a New case: the provider has taken
    /// it up (CASE-3, guide 4.8.3). <paramref name="bodyHtml"/> must already be sanitized.
    /// </summary>
    public CaseComment AddComment(Guid authorId, string authorName, bool isFromAgent, bool isWorkNote,
        string bodyHtml, DateTimeOffset now)
    {
        EnsureNotClosed();
        if (isWorkNote && !isFromAgent)
        {
            throw Rule.Broken("Case.WorkNoteByCustomer", ("case", Number));
        }

        if (string.IsNullOrWhiteSpace(bodyHtml))
        {
            throw Rule.Broken("Case.EmptyComment", ("case", Number));
        }

        var comment = new CaseComment(Id, authorId, Text.Required(authorName, CaseComment.AuthorNameMax, "AuthorName"),
            isFromAgent, isWorkNote, bodyHtml, now);
        _comments.Add(comment);
        UpdatedAt = now;
        Raise(new CaseCommented(Id, Number, comment.Id, authorId, isFromAgent, isWorkNote, now));
        if (!isFromAgent && Status == CaseStatus.AwaitingCustomer)
        {
            MoveTo(CaseStatus.InProgress, authorId, now);
        }
        else if (isFromAgent && !isWorkNote && Status == CaseStatus.New)
        {
            // The reply's own mail already tells the customer the provider took the case up: no second mail.
            MoveTo(CaseStatus.InProgress, authorId, now, announce: false);
        }

        return comment;
    }

    public CaseAttachment AddAttachment(StoredFile file, Guid uploadedById, DateTimeOffset now)
    {
        EnsureNotClosed();
        var attachment = new CaseAttachment(Id, file, uploadedById, now);
        _attachments.Add(attachment);
        UpdatedAt = now;
        Raise(new CaseAttachmentAdded(Id, Number, attachment.Id, attachment.FileName, uploadedById, now));
        return attachment;
    }

    /// <summary>
    /// AGT-1: assigns to an agent, or unassigns with null. Assigning a New case moves it to In progress
    /// (guide 4.8.3: the provider has taken it up).
    /// </summary>
    public void Assign(Guid? agentId, Guid byId, DateTimeOffset now)
    {
        EnsureNotClosed();
        if (agentId == AssignedAgentId)
        {
            throw Rule.Broken("Case.AssignmentUnchanged", ("case", Number));
        }

        AssignedAgentId = agentId;
        UpdatedAt = now;
        Raise(new CaseAssigned(Id, Number, agentId, byId, now));
        if (agentId is not null && Status == CaseStatus.New)
        {
            MoveTo(CaseStatus.InProgress, byId, now);
        }
    }

    public bool IsWatchedBy(Guid contactId) => _watchers.Exists(w => w.ContactId == contactId);

    /// <summary>
    /// CASE-10. Watching is the watcher's own setting, not an update of the case: <see cref="UpdatedAt"/>
    /// stays. Whether the contact may see the case is checked by the query that loaded it (TEN-1).
    /// </summary>
    public void Watch(Guid contactId, DateTimeOffset now)
    {
        EnsureNotClosed();
        if (IsWatchedBy(contactId))
        {
            throw Rule.Broken("Case.AlreadyWatching", ("case", Number));
        }

        _watchers.Add(new CaseWatcher(Id, contactId, now));
        Raise(new CaseWatchChanged(Id, contactId, true, now));
    }

    public void Unwatch(Guid contactId, DateTimeOffset now)
    {
        EnsureNotClosed();
        var watcher = _watchers.Find(w => w.ContactId == contactId)
            ?? throw Rule.Broken("Case.NotWatching", ("case", Number));
        _watchers.Remove(watcher);
        Raise(new CaseWatchChanged(Id, contactId, false, now));
    }
}
