using Portal.Domain.Common;

namespace Portal.Domain.Contacts.Events;

public sealed record ContactRoleChanged(Guid ContactId, ContactRole From, ContactRole To, DateTimeOffset At) : IDomainEvent;
