using Portal.Domain.Common;

namespace Portal.Domain.Cases;

/// <summary>A status change in the case's activity stream (CASE-7).</summary>
public sealed class CaseStatusChange : Entity
{
    internal CaseStatusChange(Guid caseId, CaseStatus fromStatus, CaseStatus toStatus, Guid byId, DateTimeOffset at)
    {
        CaseId = caseId;
        FromStatus = fromStatus;
        ToStatus = toStatus;
        ById = byId;
        At = at;
    }

    public Guid CaseId { get; private set; }

    public CaseStatus FromStatus { get; private set; }

    public CaseStatus ToStatus { get; private set; }

    /// <summary>The contact (customer or agent) who made the change.</summary>
    public Guid ById { get; private set; }

    public DateTimeOffset At { get; private set; }
}
