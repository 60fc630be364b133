using Portal.Domain.Common;

namespace Portal.Domain.WorkRequests.Events;

public sealed record WorkRequestSubmitted(Guid WorkRequestId, string Number, Guid CustomerAccountId, Guid TypeId, Guid SubmittedById, DateTimeOffset At) : IDomainEvent;
