using Portal.Domain.Common;

namespace Portal.Domain.WorkRequests.Events;

public sealed record WorkRequestAccepted(Guid WorkRequestId, string Number, Guid CaseId, Guid AgentId, DateTimeOffset At) : IDomainEvent;
