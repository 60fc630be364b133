using Portal.Domain.Common;

namespace Portal.Domain.Cases.Events;

public sealed record CaseCreated(Guid CaseId, string Number, Guid CustomerAccountId, CaseCategory Category, Guid? ContactId, DateTimeOffset At) : IDomainEvent;
