using Portal.Domain.Common;

namespace Portal.Domain.Cases.Events;

/// <summary>The case reached its final status, by the customer closing it or accepting the solution.</summary>
public sealed record CaseClosed(Guid CaseId, string Number, CaseStatus From, Guid ById, DateTimeOffset At) : IDomainEvent;
