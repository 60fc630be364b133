using Portal.Domain.Common;

namespace Portal.Domain.WorkRequests.Events;

public sealed record WorkRequestRejected(Guid WorkRequestId, string Number, string Reason, Guid AgentId, DateTimeOffset At) : IDomainEvent;
