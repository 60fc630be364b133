using Portal.Domain.Common;

namespace Portal.Domain.Cases.Events;

/// <summary>An agent resolved the case: the customer is asked to accept or reject (MAIL-1).</summary>
public sealed record CaseResolved(Guid CaseId, string Number, CaseStatus From, string Resolution, Guid ById, DateTimeOffset At) : IDomainEvent;
