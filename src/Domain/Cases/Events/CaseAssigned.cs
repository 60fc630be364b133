using Portal.Domain.Common;

namespace Portal.Domain.Cases.Events;

public sealed record CaseAssigned(Guid CaseId, string Number, Guid? AgentId, Guid ById, DateTimeOffset At) : IDomainEvent;
