using Portal.Domain.Common;

namespace Portal.Domain.Contacts.Events;

public sealed record ContactEnabled(Guid ContactId, DateTimeOffset At) : IDomainEvent;
