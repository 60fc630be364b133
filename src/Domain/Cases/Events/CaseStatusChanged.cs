using Portal.Domain.Common;

namespace Portal.Domain.Cases.Events;

/// <summary>A transition other than to Resolved or Closed (those raise their own event, never both).</summary>
public sealed record CaseStatusChanged(Guid CaseId, string Number, CaseStatus From, CaseStatus To, Guid ById, DateTimeOffset At) : IDomainEvent;
