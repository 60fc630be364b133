namespace Portal.Infrastructure.Search;

/// <summary>
/// A case or knowledge article whose searchable content or scope changed, written in the same save as the
/// change itself. Every node's search index applies these rows in order (<see cref="SearchIndex"/>), so all
/// nodes answer from what the shared database holds.
/// </summary>
public sealed class SearchChange
{
    public const string Table = "SearchChanges";

    public SearchChange(SearchDocumentKind kind, Guid entityId, DateTimeOffset at)
    {
        Kind = kind;
        EntityId = entityId;
        At = at;
    }

    /// <summary>Database-assigned and increasing: the order in which nodes apply changes.</summary>
    public long Seq { get; private set; }

    public SearchDocumentKind Kind { get; private set; }

    public Guid EntityId { get; private set; }

    public DateTimeOffset At { get; private set; }
}

public enum SearchDocumentKind
{
    Case,
    Article,
}

/// <summary>
/// The identity of one database's history (one row). An index built from another database, or from this one
/// before a restore, is told apart by it and rebuilt.
/// </summary>
public sealed class SearchEpoch
{
    public const int TheId = 1;

    public SearchEpoch(Guid value) => Value = value;

    public int Id { get; private set; } = TheId;

    public Guid Value { get; private set; }
}
