namespace Portal.Domain.WorkRequests;

/// <summary>WR-2: submitted, then decided once.</summary>
public enum WorkRequestStatus
{
    Submitted,
    Accepted,
    Rejected,
}
