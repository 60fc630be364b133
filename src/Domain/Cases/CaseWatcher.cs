using Portal.Domain.Common;

namespace Portal.Domain.Cases;

/// <summary>
/// A contact on the case's watch list (CASE-10): the watcher's own setting, so watching leaves the
/// case's version alone and nobody's open case page goes stale by it (NFR-4).
/// </summary>
public sealed class CaseWatcher : Entity, IUnversionedChild
{
    internal CaseWatcher(Guid caseId, Guid contactId, DateTimeOffset since)
    {
        CaseId = caseId;
        ContactId = contactId;
        Since = since;
    }

    public Guid CaseId { get; private set; }

    public Guid ContactId { get; private set; }

    public DateTimeOffset Since { get; private set; }
}
