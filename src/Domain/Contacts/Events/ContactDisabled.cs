using Portal.Domain.Common;

namespace Portal.Domain.Contacts.Events;

public sealed record ContactDisabled(Guid ContactId, DateTimeOffset At) : IDomainEvent;
