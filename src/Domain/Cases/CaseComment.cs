using Portal.Domain.Common;

namespace Portal.Domain.Cases;

/// <summary>A public comment or an agent's internal work note (AGT-1). Body is sanitized HTML (CASE-7).</summary>
public sealed class CaseComment : Entity
{
    public const int AuthorNameMax = 200;

    internal CaseComment(Guid caseId, Guid authorId, string authorName, bool isFromAgent, bool isWorkNote,
        string bodyHtml, DateTimeOffset createdAt)
    {
        CaseId = caseId;
        AuthorId = authorId;
        AuthorName = authorName;
        IsFromAgent = isFromAgent;
        IsWorkNote = isWorkNote;
        BodyHtml = Text.Clean(bodyHtml); // NFR-4: sanitized HTML may still carry control characters
        CreatedAt = createdAt;
    }

    public Guid CaseId { get; private set; }

    public Guid AuthorId { get; private set; }

    /// <summary>The author's name when writing: the stream reads without joining contacts.</summary>
    public string AuthorName { get; private set; }

    public bool IsFromAgent { get; private set; }

    /// <summary>Never shown to customers, in any page, export, search or e-mail.</summary>
    public bool IsWorkNote { get; private set; }

    public string BodyHtml { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
