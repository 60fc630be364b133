namespace Portal.Infrastructure.Persistence.Search;

/// <summary>
/// One searchable text of a case (its subject and description, or one public comment) as index tokens
/// (<see cref="Application.Common.Search.SearchText"/>). Written in the same save as the case or comment.
/// </summary>
public sealed class CaseSearchEntry
{
    public const string Table = "CaseSearchEntries";

    public CaseSearchEntry(Guid sourceId, Guid caseId, string tokens)
    {
        SourceId = sourceId;
        CaseId = caseId;
        Tokens = tokens;
    }

    /// <summary>
    /// A database-assigned integer key: SQLite's FTS5 table refers to its rows by it, and unlike an implicit
    /// rowid it survives VACUUM.
    /// </summary>
    public long Seq { get; private set; }

    /// <summary>The case's id for its own text, the comment's id for a comment.</summary>
    public Guid SourceId { get; private set; }

    public Guid CaseId { get; private set; }

    public string Tokens { get; private set; }
}
